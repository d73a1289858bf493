import { z } from "@hono/zod-openapi";
import { isoDateTime } from "./iso-date-time.js";

// Spare parts as the API answers them: the server's route schemas (with their OpenAPI names) and the
// web app's types (imported as types only, so zod stays out of the bundle).

export const SITE_KINDS = ["warehouse", "outlet", "van"] as const;
export const RESERVATION_STATUSES = ["waiting", "active", "released", "consumed"] as const;
// `shipped`: the technician sent the original back; it is still owed until the warehouse receives it.
export const OLD_PART_STATUSES = ["owed", "shipped", "received", "scrapped"] as const;
// An old part still owed this many days after the repair used its replacement is overdue.
export const OLD_PART_DUE_DAYS = 7;
export const SHIPMENT_STATUSES = ["in_transit", "delivered"] as const;
export const MOVEMENT_KINDS = [
  "receipt",
  "reservation",
  "release",
  "consumption",
  "transfer_out",
  "transfer_in",
  "defective_return",
  "adjustment",
] as const;

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
export type Part = z.infer<typeof ZPart>;

export const ZSite = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(SITE_KINDS),
    ownerId: z.string().nullable(),
    // The parts manager: gets the site's low-stock e-mails when set.
    responsibleId: z.string().nullable(),
    createdAt: isoDateTime(),
  })
  .openapi("StockSite");
export type StockSite = z.infer<typeof ZSite>;

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
export type StockLine = z.infer<typeof ZStockLine>;

export const ZReceiptResult = ZStockLine.extend({
  // Back-ordered reservations this receipt filled, oldest first.
  filled: z.array(z.string()),
}).openapi("StockReceiptResult");
export type ReceiptResult = z.infer<typeof ZReceiptResult>;

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
export type Reservation = z.infer<typeof ZReservation>;

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
export type Movement = z.infer<typeof ZMovement>;

const ZTrackingEvent = z.object({
  status: z.enum(SHIPMENT_STATUSES),
  at: isoDateTime(),
  // The stock site code where it happened (`customer` / `service` for an RMA's shipment).
  place: z.string(),
});
export type TrackingEvent = z.infer<typeof ZTrackingEvent>;

// An RMA's unit on its way: back from the customer (rma_return, booked in when the RMA is received)
// or out to them (rma_outbound, when it ships). Its events' places are `customer` and `service`.
export const RMA_SHIPMENT_PURPOSES = ["rma_return", "rma_outbound"] as const;
export const ZRmaShipment = z
  .object({
    id: z.string(),
    purpose: z.enum(RMA_SHIPMENT_PURPOSES),
    carrier: z.string(),
    trackingNo: z.string(),
    status: z.enum(SHIPMENT_STATUSES),
    events: z.array(ZTrackingEvent),
    createdAt: isoDateTime(),
  })
  .openapi("RmaShipment");
export type RmaShipment = z.infer<typeof ZRmaShipment>;

export const ZTransfer = z
  .object({
    id: z.string(),
    partNo: z.string(),
    partName: z.string(),
    partNameEn: z.string().nullable(),
    from: z.string(),
    fromName: z.string(),
    to: z.string(),
    toName: z.string(),
    qty: z.number().int(),
    status: z.enum(["in_transit", "received"]),
    shipment: z.object({
      id: z.string(),
      carrier: z.string(),
      trackingNo: z.string(),
      status: z.enum(SHIPMENT_STATUSES),
      // What the carrier reports, oldest first.
      events: z.array(ZTrackingEvent),
    }),
    // On receipt: back-orders at the destination this transfer filled.
    filled: z.array(z.string()).optional(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("StockTransfer");
export type Transfer = z.infer<typeof ZTransfer>;

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
    ticketNumber: z.string().nullable(),
    reservationId: z.string(),
    // Who fitted the new part (recorded it as used), so owes the original.
    technicianId: z.string().nullable(),
    technicianName: z.string().nullable(),
    dueAt: isoDateTime(),
    // Still owed (not even shipped) after its due time.
    overdue: z.boolean(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("OldPartReturn");
export type OldPartReturn = z.infer<typeof ZOldPartReturn>;

// A line of the suggested purchase list: a part at a site that is at or below its reorder point or
// has back-orders. suggested = reorderPoint − available + backordered − inbound (never below 0).
export const ZPurchaseLine = z
  .object({
    partNo: z.string(),
    partName: z.string(),
    partNameEn: z.string().nullable(),
    unit: z.string(),
    price: z.number().nullable(),
    site: z.string(),
    siteName: z.string(),
    available: z.number().int(),
    reorderPoint: z.number().int().nullable(),
    // Waiting reservations (back-orders) at the site.
    backordered: z.number().int(),
    // Units on their way to the site in transfers not yet received.
    inbound: z.number().int(),
    suggested: z.number().int(),
  })
  .openapi("PurchaseSuggestion");
export type PurchaseLine = z.infer<typeof ZPurchaseLine>;

const ZVanReservation = ZReservation.extend({ ticketNumber: z.string().nullable() }).openapi(
  "VanReservation",
);

// A technician's van as the phone shows it: what is in it, what is held for which job, and the
// old parts the technician still owes.
export const ZVanStock = z
  .object({
    site: ZSite.nullable(),
    lines: z.array(ZStockLine),
    reservations: z.array(ZVanReservation),
    oldParts: z.array(ZOldPartReturn),
  })
  .openapi("VanStock");
export type VanStock = z.infer<typeof ZVanStock>;
