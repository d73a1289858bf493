import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import type { CustomerChanged } from "../customers/index.js";
import { applySla } from "../tickets/index.js";
import { applyPolicy } from "./engine.js";
import { choosePolicy } from "./policy-match.js";
import {
  calendarLoader,
  findTargets,
  openTicketsOfCustomer,
  policiesOf,
  saveTargets,
  type TargetRow,
} from "./sla.repository.js";
import type { SlaMetric } from "./sla.tables.js";
import { summarize } from "./target-clock.js";
import { scheduleTimers } from "./timers.js";

// A customer's tier changed: each of their open tickets gets the policy its priority, type and the
// new tier match, keeping business time already counted (like a priority change does).
export async function onCustomerChanged(tx: Db, s: Services, c: CustomerChanged): Promise<void> {
  if (c.before.tier === c.after.tier) return;
  const open = await openTicketsOfCustomer(tx, c.tenantId, c.after.id);
  if (open.length === 0) return;
  const policies = await policiesOf(tx, c.tenantId);
  const calendarOf = await calendarLoader(tx, c.tenantId);
  for (const ticket of open) {
    const targets = new Map((await findTargets(tx, c.tenantId, ticket.id)).map((t) => [t.metric, t]));
    const current = [...targets.values()][0]?.policyId ?? null;
    const chosen = choosePolicy(policies, { ...ticket, tier: c.after.tier });
    if (!chosen || chosen.id === current) continue;
    const cal = await calendarOf(chosen.calendarId);
    if (!cal) continue;
    const changed = new Set<SlaMetric>();
    await applyPolicy(chosen, ticket, c.at, targets, calendarOf, (t: TargetRow) => {
      targets.set(t.metric, t);
      changed.add(t.metric);
    });
    const moved = [...changed].flatMap((m) => targets.get(m) ?? []);
    await saveTargets(tx, moved);
    await scheduleTimers(tx, moved, chosen, cal, ticket);
    await applySla(tx, s, {
      ticket,
      summary: summarize([...targets.values()]),
      actor: c.actor,
      at: c.at,
      audit: "ticket.sla_policy_changed",
      events: [
        {
          type: "sla_policy_changed",
          data: { from: current, to: chosen.id, reason: "customer_tier", tier: c.after.tier },
        },
      ],
    });
  }
}
