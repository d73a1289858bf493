import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Alert, AlertRule, ZAlertRuleInput } from "../../../../shared/api/alerts.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { analyticsAlertRules, analyticsAlerts } from "./alerts.tables.js";

type RuleRow = typeof analyticsAlertRules.$inferSelect;
type RuleInput = z.output<typeof ZAlertRuleInput>;

// An empty English name is no English name: the one name then serves both languages.
const stored = (input: RuleInput) => ({ ...input, nameEn: input.nameEn || null });

const ruleDto = (r: RuleRow): AlertRule => ({
  id: r.id,
  name: r.name,
  nameEn: r.nameEn,
  kpi: r.kpi,
  dimension: r.dimension,
  detector: r.detector,
  sensitivity: r.sensitivity,
  minVolume: r.minVolume,
  roles: r.roles,
  userIds: r.userIds,
  regionManagers: r.regionManagers,
  quietStart: r.quietStart,
  quietEnd: r.quietEnd,
  cooldownHours: r.cooldownHours,
  severity: r.severity,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
});

/** The named users must be active staff of the tenant (a rule never mails a stranger). */
async function checkUsers(db: Db, tenantId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const r = (await db.execute(sql`
    select count(*)::int as n from users
    where tenant_id = ${tenantId} and active and id in (${sql.join(
      userIds.map((id) => sql`${id}`),
      sql`, `,
    )}) and role in ('admin', 'supervisor', 'agent', 'technician', 'qa')`)) as unknown as {
    rows: { n: number }[];
  };
  if (Number(r.rows[0]?.n) !== new Set(userIds).size) throw new AppError("analytics.alert_rule_user");
}

export async function listRules(db: Db, tenantId: string): Promise<AlertRule[]> {
  const rows = await db
    .select()
    .from(analyticsAlertRules)
    .where(eq(analyticsAlertRules.tenantId, tenantId))
    .orderBy(analyticsAlertRules.createdAt);
  return rows.map(ruleDto);
}

export async function createRule(db: Db, tenantId: string, input: RuleInput, now: Date): Promise<AlertRule> {
  await checkUsers(db, tenantId, input.userIds);
  const [row] = await db
    .insert(analyticsAlertRules)
    .values({ id: newId("alr"), tenantId, ...stored(input), createdAt: now })
    .returning();
  return ruleDto(row as RuleRow);
}

export async function updateRule(db: Db, tenantId: string, id: string, input: RuleInput): Promise<AlertRule> {
  await checkUsers(db, tenantId, input.userIds);
  const [row] = await db
    .update(analyticsAlertRules)
    .set(stored(input))
    .where(and(eq(analyticsAlertRules.tenantId, tenantId), eq(analyticsAlertRules.id, id)))
    .returning();
  if (!row) throw new AppError("analytics.alert_rule_not_found");
  return ruleDto(row);
}

export async function deleteRule(db: Db, tenantId: string, id: string): Promise<void> {
  const gone = await db
    .delete(analyticsAlertRules)
    .where(and(eq(analyticsAlertRules.tenantId, tenantId), eq(analyticsAlertRules.id, id)))
    .returning({ id: analyticsAlertRules.id });
  if (gone.length === 0) throw new AppError("analytics.alert_rule_not_found");
}

type AlertRow = typeof analyticsAlerts.$inferSelect;

const alertDto = (a: AlertRow, rule: RuleRow | undefined): Alert => ({
  id: a.id,
  ruleId: a.ruleId,
  ruleName: rule?.name ?? "",
  ruleNameEn: rule?.nameEn ?? null,
  kpi: a.kpi,
  dimension: a.dimension,
  key: a.key,
  label: a.label,
  labelEn: a.labelEn,
  day: a.day,
  severity: a.severity,
  status: a.status,
  raisedAt: a.raisedAt.toISOString(),
  deliverAt: a.deliverAt.toISOString(),
  deliveredAt: a.deliveredAt?.toISOString() ?? null,
  evidence: a.evidence,
});

// A deleted rule's alerts stay listed (without the rule's name).
export async function listAlerts(db: Db, tenantId: string, id?: string): Promise<Alert[]> {
  const rows = await db
    .select({ a: analyticsAlerts, r: analyticsAlertRules })
    .from(analyticsAlerts)
    .leftJoin(
      analyticsAlertRules,
      and(
        eq(analyticsAlertRules.tenantId, analyticsAlerts.tenantId),
        eq(analyticsAlertRules.id, analyticsAlerts.ruleId),
      ),
    )
    .where(
      and(eq(analyticsAlerts.tenantId, tenantId), id === undefined ? undefined : eq(analyticsAlerts.id, id)),
    )
    .orderBy(desc(analyticsAlerts.raisedAt))
    .limit(200);
  return rows.map((x) => alertDto(x.a, x.r ?? undefined));
}
