import { defineDomainEvent } from "../../platform/events.js";

// A purchase was recorded in a customer's loyalty account (heard inside the writing transaction):
// analytics refreshes the customer's purchase days for the customer KPIs.
export type LoyaltyPurchaseRecorded = { tenantId: string; customerId: string };

export const LOYALTY_PURCHASE_RECORDED =
  defineDomainEvent<LoyaltyPurchaseRecorded>("loyalty.purchase_recorded");
