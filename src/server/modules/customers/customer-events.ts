import type { Role } from "../../../shared/roles.js";
import { defineDomainEvent } from "../../platform/events.js";
import type { CustomerRow } from "./customers.repository.js";

// What subscribers (SLA: a new tier may mean another policy) learn about a customer's change,
// inside its transaction. Emitted by customers, subscribed in app.ts, so customers imports no one.
export type CustomerChanged = {
  tenantId: string;
  before: CustomerRow;
  after: CustomerRow;
  actor: { userId: string; role: Role } | null;
  at: Date;
};

export const CUSTOMER_CHANGED = defineDomainEvent<CustomerChanged>("customer.changed");
