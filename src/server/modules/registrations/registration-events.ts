import { defineDomainEvent } from "../../platform/events.js";

// A customer's unit registration was approved: the unit is theirs. Heard inside the approval's
// transaction (loyalty earns its points and rewards a referral there).
export type UnitRegistered = {
  tenantId: string;
  registrationId: string;
  customerId: string;
  unitId: string;
  at: Date;
};

export const UNIT_REGISTERED = defineDomainEvent<UnitRegistered>("registrations.unit_registered");
