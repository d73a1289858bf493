import { and, eq, max, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ZAlertEvidence } from "../../../../shared/api/alerts.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { ticketsOfDay } from "../anomaly/anomaly-evidence.js";
import { dailySums, KPI_KIND, kpiSeries, type SeriesDimension } from "../anomaly/daily-kpi-series.js";
import { judgeLastDay } from "../anomaly/seasonal-baseline.js";
import { addDays } from "../forecast/day-kinds.js";
import { batchTickets, judgeModel, modelIds } from "../quality/batch-quality.js";
import { refreshTenant } from "../rollups.js";
import { dayIn, tenantTimeZone } from "../tenant-day.js";
import { alertLabels, type Label } from "./alert-labels.js";
import { analyticsAlertRules, analyticsAlerts } from "./alerts.tables.js";
import { cooledDown, deliveryTime } from "./quiet-hours.js";

// Evaluates every active rule of a tenant and records what it finds. An alert is one row per
// rule × subject × day (a second evaluation, here or in another process, inserts nothing), not
// raised again within the rule's cool-down, and held until the quiet hours end unless critical.
// Delivery (notifications and mail) is deliver-alerts.ts's, in the same schedule run.

type Rule = typeof analyticsAlertRules.$inferSelect;
type Evidence = z.infer<typeof ZAlertEvidence>;
type Finding = { subject: string; key: string; label: Label; day: string; evidence: Evidence };

const WEEKS = 6;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Yesterday and today (tenant days) of each key, judged by the rule's detector. */
async function kpiFindings(db: Db, tenantId: string, rule: Rule, today: string): Promise<Finding[]> {
  if (rule.kpi === "batch_failure_rate" || rule.dimension === "model") return [];
  const kpi = rule.kpi;
  const dimension: SeriesDimension = rule.dimension;
  const from = addDays(today, -(1 + 7 * WEEKS));
  const sums = await dailySums(db, tenantId, [dimension], from, today);
  const names = await alertLabels(db, tenantId);
  const out: Finding[] = [];
  for (const [k, days] of sums) {
    const key = k.split("\u0000")[1] ?? "";
    const series = kpiSeries(kpi, days, from, today);
    for (const back of [1, 0]) {
      const end = series.length - back;
      const day = addDays(today, -back);
      const upTo = series.slice(0, end);
      const last = upTo.at(-1);
      let judged: { value: number; baseline: number; z: number | null } | null = null;
      if (rule.detector === "seasonal") {
        const v = judgeLastDay(upTo, KPI_KIND[kpi], {
          threshold: rule.sensitivity,
          minTickets: rule.minVolume,
          weeks: WEEKS,
        });
        if (v?.anomaly) judged = { value: v.value, baseline: v.baseline, z: Math.round(v.z * 10) / 10 };
      } else if (last?.value != null && last.n >= rule.minVolume && last.value >= rule.sensitivity)
        judged = { value: last.value, baseline: rule.sensitivity, z: null };
      if (!judged) continue;
      const tickets = await ticketsOfDay(db, tenantId, { dimension, key, day }, 50);
      out.push({
        subject: `${dimension}:${key}`,
        key,
        label: names(dimension, key),
        day,
        evidence: {
          value: round(judged.value),
          baseline: round(judged.baseline),
          z: judged.z,
          series: upTo.map((p, i) => ({
            day: addDays(from, i),
            value: p.value === null ? null : round(p.value),
            n: p.n,
          })),
          tickets: tickets.items.map((t) => ({ id: t.id, number: t.number, subject: t.subject })),
          batch: null,
        },
      });
    }
  }
  return out;
}

/** Each model's batches failing above their peers. */
async function batchFindings(db: Db, tenantId: string, rule: Rule, today: string): Promise<Finding[]> {
  if (rule.detector !== "batch_test") return [];
  const names = await alertLabels(db, tenantId);
  const out: Finding[] = [];
  for (const productId of await modelIds(db, tenantId)) {
    const { verdicts } = await judgeModel(db, tenantId, productId, today, {
      fdr: rule.sensitivity,
      minFailures: 3,
      minUnits: Math.max(rule.minVolume, 1),
    });
    for (const v of verdicts.filter((x) => x.flagged)) {
      const tickets = await batchTickets(db, tenantId, productId, v.batch);
      out.push({
        subject: `model:${productId}:${v.batch}`,
        key: `${productId}:${v.batch}`,
        label: {
          zh: `${names("product", productId).zh} · ${v.batch}`,
          en: `${names("product", productId).en} · ${v.batch}`,
        },
        day: today,
        evidence: {
          value: round(v.rate),
          baseline: round(v.exposure > 0 ? (100 * v.expected) / v.exposure : 0),
          z: v.expected > 0 ? round(v.failures / v.expected) : null,
          series: [],
          tickets: tickets.slice(0, 50).map((t) => ({ id: t.id, number: t.number, subject: t.subject })),
          batch: {
            productId,
            batch: v.batch,
            units: v.units,
            failures: v.failures,
            expected: round(v.expected),
            p: v.p,
            q: v.q,
          },
        },
      });
    }
  }
  return out;
}

async function lastRaised(db: Db, tenantId: string, ruleId: string, subject: string): Promise<Date | null> {
  const [r] = await db
    .select({ at: max(analyticsAlerts.raisedAt) })
    .from(analyticsAlerts)
    .where(
      and(
        eq(analyticsAlerts.tenantId, tenantId),
        eq(analyticsAlerts.ruleId, ruleId),
        eq(analyticsAlerts.subject, subject),
      ),
    );
  return r?.at ?? null;
}

/** Evaluates the tenant's active rules at `now`; returns how many alerts were raised. */
export async function evaluateRules(db: Db, tenantId: string, now: Date): Promise<number> {
  const rules = await db
    .select()
    .from(analyticsAlertRules)
    .where(and(eq(analyticsAlertRules.tenantId, tenantId), eq(analyticsAlertRules.active, true)));
  if (rules.length === 0) return 0;
  await refreshTenant(db, tenantId, now);
  const timeZone = await tenantTimeZone(db, tenantId);
  const today = dayIn(timeZone, now);
  let raised = 0;
  for (const rule of rules) {
    const findings = [
      ...(await kpiFindings(db, tenantId, rule, today)),
      ...(await batchFindings(db, tenantId, rule, today)),
    ];
    for (const f of findings) {
      if (!cooledDown(await lastRaised(db, tenantId, rule.id, f.subject), now, rule.cooldownHours)) continue;
      const quiet = rule.quietStart && rule.quietEnd ? { start: rule.quietStart, end: rule.quietEnd } : null;
      const inserted = await db
        .insert(analyticsAlerts)
        .values({
          id: newId("alt"),
          tenantId,
          ruleId: rule.id,
          kpi: rule.kpi,
          dimension: rule.dimension,
          subject: f.subject,
          key: f.key,
          label: f.label.zh,
          labelEn: f.label.en,
          day: f.day,
          severity: rule.severity,
          evidence: f.evidence,
          status: "held",
          raisedAt: now,
          deliverAt: deliveryTime(now, timeZone, quiet, rule.severity),
        })
        .onConflictDoNothing()
        .returning({ id: analyticsAlerts.id });
      raised += inserted.length;
    }
  }
  return raised;
}

export async function tenantsWithRules(db: Db): Promise<string[]> {
  const r = (await db.execute(
    sql`select tenant_id from analytics_alert_rules where active
      union select tenant_id from analytics_alerts where status = 'held'`,
  )) as unknown as { rows: { tenant_id: string }[] };
  return r.rows.map((x) => x.tenant_id);
}
