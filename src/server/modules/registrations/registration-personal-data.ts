import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedText,
} from "../../platform/privacy/personal-patterns.js";
import { products } from "../products/index.js";
import { unitRegistrations } from "./registrations.tables.js";

const r = unitRegistrations;

// A customer's data export (modules/privacy): their unit registrations with the invoice they
// sent (listed like ticket attachments: name, type, size; the file itself comes on request).
export async function exportRegistrationData(db: Db, tenantId: string, customerId: string) {
  const rows = await db
    .select({
      id: r.id,
      serial: r.serial,
      product: products.name,
      sku: products.sku,
      purchasedAt: r.purchasedAt,
      status: r.status,
      invoiceName: r.invoiceName,
      invoiceType: r.invoiceType,
      invoiceSize: r.invoiceSize,
      invoiceKey: r.invoiceKey,
      rejectReason: r.rejectReason,
      reviewedAt: r.reviewedAt,
      createdAt: r.createdAt,
    })
    .from(r)
    .leftJoin(products, and(eq(products.tenantId, r.tenantId), eq(products.id, r.productId)))
    .where(and(eq(r.tenantId, tenantId), eq(r.customerId, customerId)))
    .orderBy(asc(r.createdAt));
  // The storage key is ours, not theirs: say whether the file is still held instead.
  return {
    registrations: rows.map(({ invoiceKey, ...row }) => ({ ...row, invoiceStored: invoiceKey !== null })),
  };
}

// Erasure (modules/privacy): the customer's registrations keep serial, product, dates and
// outcome, but lose the invoice (its name and the photo, whose storage keys are returned to
// delete after commit) and any mention of them in a rejection reason.
export async function eraseRegistrationData(
  tx: Db,
  tenantId: string,
  customerId: string,
  who: PersonalPatterns,
): Promise<string[]> {
  const own = and(eq(r.tenantId, tenantId), eq(r.customerId, customerId));
  const files = await tx
    .select({ key: r.invoiceKey })
    .from(r)
    .where(and(own, isNotNull(r.invoiceKey)));
  await tx.update(r).set({ invoiceName: ERASED_TEXT, invoiceKey: null }).where(own);
  await tx
    .update(r)
    .set({ rejectReason: scrubbedText(r.rejectReason, who) })
    .where(and(eq(r.tenantId, tenantId), mentions(r.rejectReason, who)));
  return files.flatMap((f) => (f.key ? [f.key] : []));
}

// Storage keys still referenced by an invoice of the tenant (the file store is addressed by
// content: an invoice and a ticket attachment with the same bytes share one file).
export async function invoiceKeysInUse(db: Db, tenantId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: r.invoiceKey })
    .from(r)
    .where(and(eq(r.tenantId, tenantId), inArray(r.invoiceKey, keys)));
  return new Set(rows.flatMap((x) => (x.key ? [x.key] : [])));
}
