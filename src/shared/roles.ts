export const ROLES = [
  "admin",
  "supervisor",
  "agent",
  "technician",
  "qa",
  "dealer",
  "customer",
  "auditor",
] as const;
export type Role = (typeof ROLES)[number];

// People who work tickets on the service side (not customers, not dealers).
export const STAFF_ROLES = [
  "admin",
  "supervisor",
  "agent",
  "technician",
  "qa",
] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaff(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

// Reads the audit log (entries, verification, proofs, checkpoints) and nothing else: no tickets,
// no customers, no writes. Not staff: an auditor takes no part in service.
export const AUDIT_READERS = ["admin", "auditor"] as const satisfies readonly Role[];
