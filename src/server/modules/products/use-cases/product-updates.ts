import { and, desc, eq, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { ProductUpdate, ZNewProductUpdate } from "../../../../shared/api/products.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { PRODUCT_UPDATE_RELEASED } from "../product-events.js";
import { findProductBySku } from "../products.repository.js";
import { products, productUpdates, units } from "../products.tables.js";

type Row = typeof productUpdates.$inferSelect;

type Model = { sku: string; name: string; nameEn: string | null };

const toDto = (r: Row, product: Model | undefined): ProductUpdate => ({
  id: r.id,
  productSku: product?.sku ?? null,
  productName: product?.name ?? null,
  productNameEn: product?.nameEn ?? null,
  productLine: r.productLine,
  version: r.version,
  title: r.title,
  titleEn: r.titleEn,
  releasedOn: r.releasedOn,
  createdAt: r.createdAt.toISOString(),
});

// Record a product update (admin) and tell the modules that care, in the same transaction.
export async function createProductUpdate(
  s: Services,
  actor: Actor,
  input: z.infer<typeof ZNewProductUpdate>,
): Promise<ProductUpdate> {
  if (Boolean(input.productSku) === Boolean(input.productLine)) throw new AppError("product.update_target");
  const product = input.productSku
    ? await findProductBySku(s.db, actor.tenantId, input.productSku)
    : undefined;
  if (input.productSku && !product) throw new AppError("product.not_found", { sku: input.productSku });
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const [row] = await tx
      .insert(productUpdates)
      .values({
        id: newId("pup"),
        tenantId: actor.tenantId,
        productId: product?.id ?? null,
        productLine: input.productLine ?? null,
        version: input.version,
        title: input.title,
        titleEn: input.titleEn ?? null,
        releasedOn: input.releasedOn,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("product update insert returned nothing");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "product.update_recorded",
      entityType: "product_update",
      entityId: row.id,
      data: input,
      at: now,
    });
    await s.events.emit(tx, PRODUCT_UPDATE_RELEASED, {
      tenantId: actor.tenantId,
      updateId: row.id,
      productId: row.productId,
      productLine: row.productLine,
      releasedOn: row.releasedOn,
    });
    return toDto(row, product);
  });
}

// The tenant's product updates, newest release first (at most 200: a catalogue, not a log).
export async function listProductUpdates(db: Db, tenantId: string): Promise<ProductUpdate[]> {
  const rows = await db
    .select({ u: productUpdates, sku: products.sku, name: products.name, nameEn: products.nameEn })
    .from(productUpdates)
    .leftJoin(products, and(eq(products.tenantId, tenantId), eq(products.id, productUpdates.productId)))
    .where(eq(productUpdates.tenantId, tenantId))
    .orderBy(desc(productUpdates.releasedOn), desc(productUpdates.createdAt))
    .limit(200);
  return rows.map((r) =>
    toDto(r.u, r.sku && r.name ? { sku: r.sku, name: r.name, nameEn: r.nameEn } : undefined),
  );
}

// The customers who own a unit of the updated model, or of any model of the updated product line.
export async function ownersOfUpdatedUnits(
  db: Db,
  tenantId: string,
  target: { productId: string | null; productLine: string | null },
): Promise<string[]> {
  const of: SQL[] = [];
  if (target.productId) of.push(eq(units.productId, target.productId));
  if (target.productLine) {
    const line = db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.tenantId, tenantId), eq(products.category, target.productLine)));
    of.push(inArray(units.productId, line));
  }
  if (of.length === 0) return [];
  const rows = await db
    .selectDistinct({ customerId: units.customerId })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), or(...of)));
  return rows.map((r) => r.customerId);
}

// The tenant's updates released in [from, to] (calendar days), for rounds that wait some days.
export const updatesReleasedBetween = (db: Db, tenantId: string, from: string, to: string) =>
  db
    .select({
      id: productUpdates.id,
      productId: productUpdates.productId,
      productLine: productUpdates.productLine,
      releasedOn: productUpdates.releasedOn,
    })
    .from(productUpdates)
    .where(
      and(
        eq(productUpdates.tenantId, tenantId),
        gte(productUpdates.releasedOn, from),
        lte(productUpdates.releasedOn, to),
      ),
    )
    .limit(100);
