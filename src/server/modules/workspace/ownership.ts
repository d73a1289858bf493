import type { Actor } from "../../platform/http/actor.js";

export const lead = (a: Actor) => a.role === "supervisor" || a.role === "admin";

// Shared items are created and changed by supervisors and admins; personal ones by their owner.
export function mayEdit(actor: Actor, ownerId: string | null, shared: boolean): boolean {
  return shared ? lead(actor) : ownerId === actor.userId;
}
