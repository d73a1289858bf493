import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { deliverySettings } from "../../../config.js";
import { defineOutboundJob } from "../../../platform/jobs/queue.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../../channels/index.js";
import { analyticsAlerts } from "./alerts.tables.js";

// One alert mailed to one recipient, enqueued in the transaction that delivered it (so after its
// commit), in the recipient's language (else the tenant's).

const KPI = {
  "zh-CN": {
    complaint_rate: "投诉率",
    first_response_minutes_avg: "平均首次响应（分钟）",
    volume: "工单量",
    batch_failure_rate: "批次故障率（每百台月）",
  },
  en: {
    complaint_rate: "Complaint rate",
    first_response_minutes_avg: "Average first response (minutes)",
    volume: "Ticket volume",
    batch_failure_rate: "Batch failure rate (per 100 unit-months)",
  },
} as const;

function renderAnalyticsAlertMail(
  locale: "zh-CN" | "en",
  a: {
    kpi: keyof (typeof KPI)["en"];
    label: string;
    day: string;
    value: number;
    baseline: number;
    tickets: string[];
    url: string;
    critical: boolean;
  },
): { subject: string; text: string } {
  const kpi = KPI[locale][a.kpi];
  const list = a.tickets.map((t) => `- ${t}`).join("\n");
  return locale === "en"
    ? {
        subject: `[${a.critical ? "Critical alert" : "Alert"}] ${kpi}: ${a.label} (${a.day})`,
        text: `${kpi} of ${a.label} on ${a.day}: ${a.value} (expected about ${a.baseline}).\n\nTickets behind it:\n${list}\n\nOpen the evidence: ${a.url}\n`,
      }
    : {
        subject: `【${a.critical ? "紧急预警" : "指标预警"}】${kpi}：${a.label}（${a.day}）`,
        text: `${a.label} 在 ${a.day} 的${kpi}为 ${a.value}（基线约 ${a.baseline}）。\n\n相关工单：\n${list}\n\n查看证据：${a.url}\n`,
      };
}

export const alertMailJob = defineOutboundJob({
  kind: "analytics.alert_mail",
  payload: z.object({ tenantId: z.string(), alertId: z.string(), userId: z.string() }),
  async prepare(p, { tx, s }): Promise<{ mail: PlannedMail } | null> {
    const [alert] = await tx
      .select()
      .from(analyticsAlerts)
      .where(and(eq(analyticsAlerts.tenantId, p.tenantId), eq(analyticsAlerts.id, p.alertId)));
    const r = (await tx.execute(sql`
      select u.email, coalesce(u.locale, t.default_locale) as locale
      from users u join tenants t on t.id = u.tenant_id
      where u.tenant_id = ${p.tenantId} and u.id = ${p.userId} and u.active`)) as unknown as {
      rows: { email: string; locale: string | null }[];
    };
    const user = r.rows[0];
    const sender = await tenantSender(tx, p.tenantId);
    if (!alert || !user || !sender) return null;
    const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
      /\/$/,
      "",
    );
    const english = user.locale === "en";
    const { subject, text } = renderAnalyticsAlertMail(english ? "en" : "zh-CN", {
      kpi: alert.kpi,
      label: english ? (alert.labelEn ?? alert.label) : alert.label,
      day: alert.day,
      value: alert.evidence.value,
      baseline: alert.evidence.baseline,
      tickets: alert.evidence.tickets.slice(0, 20).map((t) => `${t.number} ${t.subject}`),
      url: `${base}/console/alerts?alert=${encodeURIComponent(alert.id)}`,
      critical: alert.severity === "critical",
    });
    return {
      mail: {
        tenantId: p.tenantId,
        mailboxId: sender.id,
        messageId: `${alert.id}.${p.userId}@${sender.address.split("@")[1] ?? "aftercare.invalid"}`,
        to: user.email,
        subject,
        text,
        headers: { "Auto-Submitted": "auto-generated" },
      },
    };
  },
  async send(plan, { s }) {
    await sendPlannedMail(s, s.db, plan.mail);
    return { sent: true };
  },
  async record() {},
});
