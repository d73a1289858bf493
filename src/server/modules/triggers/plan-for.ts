import type { Db } from "../../platform/db/client.js";
import type { TicketWithContext } from "../tickets/index.js";
import { type Plan, plan, type TicketFacts, type TriggerDef } from "./engine.js";
import { listTriggers } from "./triggers.repository.js";

export function factsOf(q: TicketWithContext): TicketFacts {
  const t = q.ticket;
  return {
    type: t.type,
    priority: t.priority,
    channel: t.channel,
    status: t.status,
    tier: q.tier,
    productSku: q.productSku,
    productCategory: q.productCategory,
    subject: t.subject,
    description: t.description,
    warrantyStatus: t.warrantyStatus,
    tags: t.tags,
    teamId: t.teamId,
    assigneeId: t.assigneeId,
  };
}

// What the tenant's triggers of `event` would do to this ticket as it stands.
export async function planFor(db: Db, q: TicketWithContext, event: "created" | "updated"): Promise<Plan> {
  const defs: TriggerDef[] = await listTriggers(db, q.ticket.tenantId, event);
  return plan(defs, event, factsOf(q));
}
