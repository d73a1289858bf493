import type { z } from "zod";
import type { AlertRule, ZAlertRuleInput } from "../../../../shared/api/alerts.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { createRule, deleteRule, updateRule } from "./alert-rules.repository.js";
import { deliverDueAlerts } from "./deliver-alerts.js";
import { evaluateRules } from "./evaluate-rules.js";

// Rule changes by a lead, each with its audit entry; and "check now", which runs the schedule's
// evaluation and delivery for the lead's tenant at once.

type RuleInput = z.output<typeof ZAlertRuleInput>;

const audit = (actor: Actor, action: string, id: string, data: Record<string, unknown>, at: Date) => ({
  tenantId: actor.tenantId,
  actorId: actor.userId,
  action,
  entityType: "analytics_alert_rule",
  entityId: id,
  data,
  at,
});

export function addAlertRule(s: Services, actor: Actor, input: RuleInput): Promise<AlertRule> {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const rule = await createRule(tx, actor.tenantId, input, now);
    await appendAudit(tx, audit(actor, "analytics.alert_rule_created", rule.id, { ...input }, now));
    return rule;
  });
}

export function changeAlertRule(s: Services, actor: Actor, id: string, input: RuleInput): Promise<AlertRule> {
  return s.db.transaction(async (tx) => {
    const rule = await updateRule(tx, actor.tenantId, id, input);
    await appendAudit(tx, audit(actor, "analytics.alert_rule_changed", id, { ...input }, s.clock.now()));
    return rule;
  });
}

export function removeAlertRule(s: Services, actor: Actor, id: string): Promise<void> {
  return s.db.transaction(async (tx) => {
    await deleteRule(tx, actor.tenantId, id);
    await appendAudit(tx, audit(actor, "analytics.alert_rule_deleted", id, {}, s.clock.now()));
  });
}

export function checkAlertsNow(s: Services, actor: Actor): Promise<{ raised: number; delivered: number }> {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const raised = await evaluateRules(tx, actor.tenantId, now);
    const delivered = await deliverDueAlerts(tx, actor.tenantId, now);
    return { raised, delivered };
  });
}
