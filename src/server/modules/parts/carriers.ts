import { randomBytes } from "node:crypto";

import type { SHIPMENT_STATUSES } from "../../../shared/api/parts.js";

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

// A carrier books a shipment and hands back its tracking number. Real carriers (SF, JD, EMS) go
// behind this interface as outbound jobs; the local one is the company's own runs between its
// sites, and what tests use (no outside calls).
export type Carrier = {
  code: string;
  book: (shipment: { id: string; purpose: string }) => { trackingNo: string };
};

const localCarrier: Carrier = {
  code: "local",
  book: () => ({ trackingNo: `LOC${randomBytes(5).toString("hex").toUpperCase()}` }),
};

const CARRIERS = new Map([[localCarrier.code, localCarrier]]);

export const CARRIER_CODES = [...CARRIERS.keys()] as [string, ...string[]];

export function carrierOf(code: string): Carrier {
  const c = CARRIERS.get(code);
  if (!c) throw new Error(`unknown carrier ${code}`);
  return c;
}
