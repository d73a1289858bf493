import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { regionManagers } from "../../field/index.js";
import { insertNotification } from "../../workspace/index.js";
import { alertMailJob } from "./alert-mail.js";
import { analyticsAlertRules, analyticsAlerts } from "./alerts.tables.js";

// Hands out the alerts whose time has come (found outside quiet hours, or held until they ended):
// each recipient gets an in-app notification and a mail job, written in the schedule's transaction
// so both exist only once it commits; the mail itself is sent by the outbound job after commit.
// The alert is marked delivered in the same transaction, and rows are claimed with SKIP LOCKED, so
// two processes never deliver one alert twice.

/** Active staff of the tenant with one of the roles or among the users named. */
async function namedRecipients(
  db: Db,
  tenantId: string,
  rule: { roles: string[]; userIds: string[] },
): Promise<{ id: string }[]> {
  const roles = rule.roles.length
    ? sql`role in (${sql.join(
        rule.roles.map((r) => sql`${r}`),
        sql`, `,
      )})`
    : sql`false`;
  const ids = rule.userIds.length
    ? sql`id in (${sql.join(
        rule.userIds.map((r) => sql`${r}`),
        sql`, `,
      )})`
    : sql`false`;
  const r = (await db.execute(sql`
    select id from users where tenant_id = ${tenantId} and active
      and role in ('admin', 'supervisor', 'agent', 'technician', 'qa') and (${roles} or ${ids})
    order by id`)) as unknown as { rows: { id: string }[] };
  return r.rows;
}

/** The rule's recipients for one alert: the named ones, and on a region rule the managers the
 * service network gives that region now (read through field, so a manager moved yesterday is not
 * told about their old region). */
async function recipientsOf(
  db: Db,
  tenantId: string,
  rule: typeof analyticsAlertRules.$inferSelect,
  alert: { dimension: string; key: string },
): Promise<{ id: string }[]> {
  const named = await namedRecipients(db, tenantId, rule);
  if (!rule.regionManagers || alert.dimension !== "region") return named;
  const ids = new Set(named.map((u) => u.id));
  for (const id of await regionManagers(db, tenantId, alert.key)) ids.add(id);
  return [...ids].sort().map((id) => ({ id }));
}

/** Delivers the tenant's due alerts; returns how many were delivered. */
export async function deliverDueAlerts(db: Db, tenantId: string, now: Date): Promise<number> {
  const due = await db
    .select()
    .from(analyticsAlerts)
    .where(
      and(
        eq(analyticsAlerts.tenantId, tenantId),
        eq(analyticsAlerts.status, "held"),
        lte(analyticsAlerts.deliverAt, now),
      ),
    )
    .orderBy(analyticsAlerts.deliverAt)
    .limit(200)
    .for("update", { skipLocked: true });
  if (due.length === 0) return 0;
  const rules = await db
    .select()
    .from(analyticsAlertRules)
    .where(
      and(
        eq(analyticsAlertRules.tenantId, tenantId),
        inArray(analyticsAlertRules.id, [...new Set(due.map((a) => a.ruleId))]),
      ),
    );
  for (const a of due) {
    const rule = rules.find((r) => r.id === a.ruleId);
    for (const user of rule ? await recipientsOf(db, a.tenantId, rule, a) : []) {
      await insertNotification(db, {
        id: newId("ntf"),
        tenantId: a.tenantId,
        userId: user.id,
        kind: "analytics_alert",
        ticketId: null,
        data: {
          alertId: a.id,
          kpi: a.kpi,
          dimension: a.dimension,
          key: a.key,
          // Both languages: the bell shows the reader's, whichever they use when they open it.
          label: a.label,
          labelEn: a.labelEn ?? a.label,
          day: a.day,
          severity: a.severity,
          rule: rule?.name ?? "",
          ruleEn: rule?.nameEn ?? rule?.name ?? "",
        },
        createdAt: now,
      });
      await enqueue(
        db,
        alertMailJob,
        { tenantId: a.tenantId, alertId: a.id, userId: user.id },
        { tenantId: a.tenantId, singletonKey: `analytics-alert-mail:${a.id}:${user.id}` },
      );
    }
    await db
      .update(analyticsAlerts)
      .set({ status: "delivered", deliveredAt: now })
      .where(and(eq(analyticsAlerts.tenantId, a.tenantId), eq(analyticsAlerts.id, a.id)));
  }
  return due.length;
}
