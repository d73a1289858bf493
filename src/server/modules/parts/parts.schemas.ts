import { z } from "@hono/zod-openapi";
import {
  OLD_PART_STATUSES,
  RESERVATION_STATUSES,
  SITE_KINDS,
  ZMovement,
  ZOldPartReturn,
  ZPart,
  ZPurchaseLine,
  ZReceiptResult,
  ZReservation,
  ZSite,
  ZStockLine,
  ZTransfer,
  ZVanStock,
} from "../../../shared/api/parts.js";

// Response shapes are shared with the web app (src/shared/api/parts.ts); requests and queries are here.
export {
  OLD_PART_STATUSES,
  RESERVATION_STATUSES,
  SITE_KINDS,
  ZMovement,
  ZOldPartReturn,
  ZPart,
  ZPurchaseLine,
  ZReceiptResult,
  ZReservation,
  ZSite,
  ZStockLine,
  ZTransfer,
  ZVanStock,
};

import { CARRIER_CODES } from "./carriers.js";

const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");
const ref = z.string().trim().min(1).max(100);
const qty = z.number().int().min(1).max(1_000_000);

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

export const ZCreateSite = z
  .object({
    code,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(SITE_KINDS),
    ownerId: z.string().trim().min(1).max(100).optional(),
    // The parts manager (an active staff user): the site's low-stock e-mail goes to them alone.
    responsibleId: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .openapi("CreateStockSite");

// Names (or with null, clears) a site's parts manager.
export const ZUpdateSite = z
  .object({ responsibleId: z.string().trim().min(1).max(100).nullable() })
  .strict()
  .openapi("UpdateStockSite");
export type TUpdateSite = z.infer<typeof ZUpdateSite>;

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

export type TCreateTransfer = z.infer<typeof ZCreateTransfer>;

export const ZOldPartQuery = z.object({
  // `open`: owed or shipped (not yet back).
  status: z.enum([...OLD_PART_STATUSES, "open"]).optional(),
  ticketRef: z.string().max(100).optional(),
  site: z.string().max(100).optional(),
  // A user id, or `me`.
  technicianId: z.string().max(100).optional(),
});

export const ZTransferQuery = z.object({
  status: z.enum(["in_transit", "received"]).optional(),
  // Either end of the transfer.
  site: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const ZSiteQuery = z.object({ site: z.string().max(100).optional() });
