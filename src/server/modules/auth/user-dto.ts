import type { UserRow } from "./auth.repository.js";
import type { TUser } from "./auth.schemas.js";

export function toUserDto(u: UserRow): TUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    tenantId: u.tenantId,
    ...(u.customerId ? { customerId: u.customerId } : {}),
    ...(u.outletId ? { outletId: u.outletId } : {}),
    locale: u.locale ?? null,
    timezone: u.timezone ?? null,
    skills: u.skills,
    maxOpenTickets: u.maxOpenTickets,
    active: u.active,
  };
}
