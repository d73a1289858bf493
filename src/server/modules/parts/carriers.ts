import { randomBytes } from "node:crypto";

import type { SHIPMENT_STATUSES, TrackingEvent } from "../../../shared/api/parts.js";

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

// What a carrier needs to say where a shipment is: our row and the two ends of its trip.
type Tracked = {
  trackingNo: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  from: string;
  to: string;
};

// A carrier books a shipment and hands back its tracking number. Real carriers (SF, JD, EMS) go
// behind this interface as outbound jobs; the local one is the company's own runs between its
// sites, and what tests use (no outside calls).
export type Carrier = {
  code: string;
  book: (shipment: { id: string; purpose: string }) => { trackingNo: string };
  // The tracking events, oldest first. A real carrier's events would be fetched by an outbound job
  // and stored; the local carrier knows them from our own rows (sent, then delivered).
  track: (shipment: Tracked) => TrackingEvent[];
};

const localCarrier: Carrier = {
  code: "local",
  book: () => ({ trackingNo: `LOC${randomBytes(5).toString("hex").toUpperCase()}` }),
  track: (sh) => [
    { status: "in_transit", at: sh.createdAt.toISOString(), place: sh.from },
    ...(sh.status === "delivered"
      ? [{ status: "delivered" as const, at: sh.updatedAt.toISOString(), place: sh.to }]
      : []),
  ],
};

const CARRIERS = new Map([[localCarrier.code, localCarrier]]);

export const CARRIER_CODES = [...CARRIERS.keys()] as [string, ...string[]];

// A shipment booked outside (a customer's own courier, a carrier we have no integration with) has
// its number given to us; until that carrier is behind the interface, its events are what our own
// rows know, as for the local carrier.
export function trackerOf(code: string): Carrier["track"] {
  return (CARRIERS.get(code) ?? localCarrier).track;
}

export function carrierOf(code: string): Carrier {
  const c = CARRIERS.get(code);
  if (!c) throw new Error(`unknown carrier ${code}`);
  return c;
}
