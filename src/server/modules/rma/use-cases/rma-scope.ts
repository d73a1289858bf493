import { isStaff } from "../../../../shared/roles.js";
import type { Actor } from "../../../platform/http/actor.js";

// Customers see their own RMAs; dealers none (their tickets' RMAs are handled by the service side).
export function ownScope(actor: Actor): { customerId?: string } {
  return isStaff(actor.role) ? {} : { customerId: actor.customerId ?? "-" };
}
