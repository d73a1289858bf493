import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import {
  findProductBySku,
  findUnitBySerial,
  MAX_UNIT_AGE_YEARS,
  purchaseDateProblem,
  tenantToday,
} from "../../products/index.js";
import { checkAttachment, normaliseContentType, safeFileName } from "../../tickets/index.js";
import { toRegistrationDto } from "../registration-views.js";
import { findRegistration, insertRegistration } from "../registrations.repository.js";

// Invoices are photos or scans; nothing else is accepted as proof.
const INVOICE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "application/pdf",
]);

export type RegistrationInput = {
  serial: string;
  productSku: string;
  purchasedAt: string;
  customerId?: string;
  invoice: File;
};

// Who the claim is for: a customer claims for themself; a dealer for a customer of its outlet
// (another outlet's customer is "not found", as everywhere else).
async function claimantOf(s: Services, actor: Actor, named: string | undefined): Promise<string> {
  if (actor.role === "customer" && actor.customerId) {
    if (named && named !== actor.customerId) throw new AppError("customer.not_found");
    return actor.customerId;
  }
  if (actor.role !== "dealer") throw new AppError("auth.forbidden");
  if (!named) throw new AppError("ticket.customer_required");
  if (!(await findCustomer(s.db, actor.tenantId, named, customerVisibility(actor))))
    throw new AppError("customer.not_found");
  return named;
}

// A customer, or a dealer for its customer, claims a unit with its invoice. Every claim waits for
// staff review and is answered the same way, whether the serial is new, already someone else's,
// or unknown to us: no serial oracle, and nobody takes over a unit by typing its serial first
// (serial squatting).
export async function submitRegistration(s: Services, actor: Actor, input: RegistrationInput) {
  const customerId = await claimantOf(s, actor, input.customerId);
  const product = await findProductBySku(s.db, actor.tenantId, input.productSku);
  if (!product) throw new AppError("product.not_found", { sku: input.productSku });
  const today = await tenantToday(s, actor.tenantId);
  const dateProblem = purchaseDateProblem(input.purchasedAt, today);
  if (dateProblem === "future") throw new AppError("unit.purchase_in_future");
  if (dateProblem === "too_old") throw new AppError("unit.purchase_too_old", { years: MAX_UNIT_AGE_YEARS });
  const file = input.invoice;
  if (file.size > s.config.maxUploadBytes)
    throw new AppError("attachment.too_large", {
      limit: `${Math.round(s.config.maxUploadBytes / 1048576)} MB`,
    });
  const contentType = normaliseContentType(file.type || "application/octet-stream");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!INVOICE_TYPES.has(contentType) || !checkAttachment(contentType, bytes).ok)
    throw new AppError("registration.invoice_type");
  const stored = await s.files.put(actor.tenantId, bytes);
  const holder = await findUnitBySerial(s.db, actor.tenantId, input.serial);
  const id = newId("urg");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await insertRegistration(tx, {
      id,
      tenantId: actor.tenantId,
      customerId,
      serial: input.serial,
      productId: product.id,
      purchasedAt: input.purchasedAt,
      status: "pending_review",
      conflictCustomerId: holder && holder.customerId !== customerId ? holder.customerId : null,
      invoiceName: safeFileName(file.name),
      invoiceType: contentType,
      invoiceSize: stored.size,
      invoiceKey: stored.key,
      createdAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit_registration.submitted",
      entityType: "unit_registration",
      entityId: id,
      data: {
        customerId,
        serial: input.serial,
        productSku: input.productSku,
        purchasedAt: input.purchasedAt,
        invoiceSha256: stored.sha256,
      },
      at: now,
    });
  });
  const row = await findRegistration(s.db, actor.tenantId, id);
  if (!row) throw new AppError("registration.not_found");
  return toRegistrationDto(row, false);
}
