import { z } from "@hono/zod-openapi";
import { isoDateTime } from "../../platform/http/schemas.js";
import { CARRIER_CODES, SHIPMENT_STATUSES } from "./carriers.js";
import { MOVEMENT_KINDS } from "./ledger.js";

export const SITE_KINDS = ["warehouse", "outlet", "van"] as const;
export const RESERVATION_STATUSES = ["waiting", "active", "released", "consumed"] as const;

const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");
const ref = z.string().trim().min(1).max(100);
const qty = z.number().int().min(1).max(1_000_000);

export const ZPart = z
  .object({
    id: z.string(),
    partNo: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    // Yuan, two decimals.
    price: z.number().nullable(),
    unit: z.string(),
    compatibleSkus: z.array(z.string()),
    substitutes: z.array(z.string()),
    createdAt: isoDateTime(),
  })
  .openapi("Part");

export const ZCreatePart = z
  .object({
    partNo: code,
    name: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200).optional(),
    price: z.number().min(0).max(10_000_000).multipleOf(0.01).optional(),
    unit: z.string().trim().min(1).max(20).optional(),
    compatibleSkus: z.array(code).max(200).optional(),
    substitutes: z.array(code).max(50).optional(),
  })
  .strict()
  .openapi("CreatePart");

export const ZSite = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(SITE_KINDS),
    ownerId: z.string().nullable(),
    createdAt: isoDateTime(),
  })
  .openapi("StockSite");

export const ZCreateSite = z
  .object({
    code,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(SITE_KINDS),
    ownerId: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .openapi("CreateStockSite");

export const ZStockLine = z
  .object({
    partNo: z.string(),
    partName: z.string(),
    partNameEn: z.string().nullable(),
    site: z.string(),
    siteName: z.string(),
    siteKind: z.enum(SITE_KINDS),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int(),
    defective: z.number().int(),
    reorderPoint: z.number().int().nullable(),
    low: z.boolean(),
  })
  .openapi("StockLine");

export const ZStockQuery = z.object({
  partNo: z.string().max(100).optional(),
  site: z.string().max(100).optional(),
  q: z.string().max(100).optional(),
  low: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});

export const ZReceipt = z
  .object({ partNo: ref, site: ref, qty, note: z.string().trim().max(500).optional() })
  .strict()
  .openapi("StockReceipt");

export const ZReceiptResult = ZStockLine.extend({
  // Back-ordered reservations this receipt filled, oldest first.
  filled: z.array(z.string()),
}).openapi("StockReceiptResult");

export const ZAdjustment = z
  .object({
    partNo: ref,
    site: ref,
    // The signed correction after a count: -2 when two are missing.
    qty: z.number().int().min(-1_000_000).max(1_000_000),
    reason: z.string().trim().min(1).max(500),
  })
  .strict()
  .openapi("StockAdjustment");

export const ZReorderPoint = z
  .object({ partNo: ref, site: ref, reorderPoint: z.number().int().min(0).max(1_000_000).nullable() })
  .strict()
  .openapi("ReorderPoint");

export const ZReservation = z
  .object({
    id: z.string(),
    partNo: z.string(),
    partName: z.string(),
    partNameEn: z.string().nullable(),
    site: z.string(),
    qty: z.number().int(),
    status: z.enum(RESERVATION_STATUSES),
    ticketId: z.string().nullable(),
    rmaId: z.string().nullable(),
    visitId: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("StockReservation");

export const ZCreateReservation = z
  .object({
    partNo: ref,
    site: ref,
    qty,
    ticketRef: ref.optional(),
    rmaId: ref.optional(),
    visitId: ref.optional(),
    // When nothing is free: wait for stock (status `waiting`, the ticket goes to pending parts)
    // instead of answering 409.
    backorder: z.boolean().optional(),
  })
  .strict()
  .openapi("CreateStockReservation");

export const ZReservationQuery = z.object({
  ticketRef: z.string().max(100).optional(),
  partNo: z.string().max(100).optional(),
  status: z.enum(RESERVATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZMovement = z
  .object({
    id: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    partNo: z.string(),
    site: z.string(),
    qty: z.number().int(),
    onHandDelta: z.number().int(),
    reservedDelta: z.number().int(),
    defectiveDelta: z.number().int(),
    reservationId: z.string().nullable(),
    ticketId: z.string().nullable(),
    actorId: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: isoDateTime(),
  })
  .openapi("StockMovement");

export const ZMovementQuery = z.object({
  partNo: z.string().max(100).optional(),
  site: z.string().max(100).optional(),
  ticketRef: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});

export const ZPartQuery = z.object({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});

export const ZRefParam = z.object({ ref: z.string().min(1).max(100) });

export type TCreatePart = z.infer<typeof ZCreatePart>;
export type TCreateSite = z.infer<typeof ZCreateSite>;
export type TReceipt = z.infer<typeof ZReceipt>;
export type TAdjustment = z.infer<typeof ZAdjustment>;
export type TReorderPoint = z.infer<typeof ZReorderPoint>;
export type TCreateReservation = z.infer<typeof ZCreateReservation>;

export const ZCreateTransfer = z
  .object({
    partNo: ref,
    from: ref,
    to: ref,
    qty,
    carrier: z.enum(CARRIER_CODES).optional(),
  })
  .strict()
  .openapi("CreateStockTransfer");

export const ZTransfer = z
  .object({
    id: z.string(),
    partNo: z.string(),
    from: z.string(),
    to: z.string(),
    qty: z.number().int(),
    status: z.enum(["in_transit", "received"]),
    shipment: z.object({
      id: z.string(),
      carrier: z.string(),
      trackingNo: z.string(),
      status: z.enum(SHIPMENT_STATUSES),
    }),
    // On receipt: back-orders at the destination this transfer filled.
    filled: z.array(z.string()).optional(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("StockTransfer");

export type TCreateTransfer = z.infer<typeof ZCreateTransfer>;

export const OLD_PART_STATUSES = ["owed", "received", "scrapped"] as const;

export const ZOldPartReturn = z
  .object({
    id: z.string(),
    partNo: z.string(),
    partName: z.string(),
    partNameEn: z.string().nullable(),
    // Where the original is owed back to: the site the new part came from.
    site: z.string(),
    qty: z.number().int(),
    status: z.enum(OLD_PART_STATUSES),
    ticketId: z.string().nullable(),
    reservationId: z.string(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("OldPartReturn");

export const ZOldPartQuery = z.object({
  status: z.enum(OLD_PART_STATUSES).optional(),
  ticketRef: z.string().max(100).optional(),
});
