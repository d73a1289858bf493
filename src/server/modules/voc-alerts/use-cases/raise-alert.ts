import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { deliverySettings } from "../../../config.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob, enqueue } from "../../../platform/jobs/queue.js";
import { users } from "../../auth/index.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../../channels/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { ticketsView } from "../../tickets/index.js";
import { insertNotification } from "../../workspace/index.js";
import { renderAlertMail } from "../alert-mail.js";
import { findAlert } from "../voc-alerts.repository.js";
import { type VocAlertKind, vocAlerts } from "../voc-alerts.tables.js";

export type NewAlert = {
  tenantId: string;
  kind: VocAlertKind;
  sourceKey: string;
  dimension?: string | null;
  dimensionKey?: string | null;
  label: string;
  details: Record<string, unknown>;
  ticketIds: string[];
  at: Date;
};

const managersOf = (tx: Db, tenantId: string) =>
  tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(
      and(eq(users.tenantId, tenantId), inArray(users.role, ["admin", "supervisor"]), eq(users.active, true)),
    );

// Raises an alert once per source (a message, a survey answer, a product's day): managers get an
// in-app notification at once and a mail from a job after commit. Returns null when it existed.
export async function raiseAlert(tx: Db, a: NewAlert): Promise<string | null> {
  const id = newId("vca");
  const inserted = await tx
    .insert(vocAlerts)
    .values({
      id,
      tenantId: a.tenantId,
      kind: a.kind,
      sourceKey: a.sourceKey,
      dimension: a.dimension ?? null,
      dimensionKey: a.dimensionKey ?? null,
      label: a.label,
      details: a.details,
      ticketIds: a.ticketIds,
      status: "open",
      createdAt: a.at,
    })
    .onConflictDoNothing({ target: [vocAlerts.tenantId, vocAlerts.sourceKey] })
    .returning({ id: vocAlerts.id });
  if (inserted.length === 0) return null;
  for (const m of await managersOf(tx, a.tenantId)) {
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId: a.tenantId,
      userId: m.id,
      kind: "voc_alert",
      ticketId: a.ticketIds[0] ?? null,
      data: { alertId: id, alertKind: a.kind, label: a.label, tickets: a.ticketIds.length },
      createdAt: a.at,
    });
    await enqueue(
      tx,
      alertMailJob,
      { tenantId: a.tenantId, alertId: id, userId: m.id },
      { tenantId: a.tenantId, singletonKey: `voc-alert-mail:${id}:${m.id}` },
    );
  }
  await appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: null,
    action: "voc_alert.raised",
    entityType: "voc_alert",
    entityId: id,
    data: { kind: a.kind, sourceKey: a.sourceKey, tickets: a.ticketIds },
    at: a.at,
  });
  return id;
}

type MailPlan = { mail: PlannedMail };

export const alertMailJob = defineOutboundJob({
  kind: "voc.alert_mail",
  payload: z.object({ tenantId: z.string(), alertId: z.string(), userId: z.string() }),
  async prepare(p, { tx, s }): Promise<MailPlan | null> {
    const [alert] = await tx
      .select()
      .from(vocAlerts)
      .where(and(eq(vocAlerts.tenantId, p.tenantId), eq(vocAlerts.id, p.alertId)));
    const [manager] = await tx
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(and(eq(users.tenantId, p.tenantId), eq(users.id, p.userId)));
    if (!alert || !manager) return null;
    const sender = await tenantSender(tx, p.tenantId);
    if (!sender) return null;
    const tickets = alert.ticketIds.length
      ? await tx
          .select({ number: ticketsView.number, subject: ticketsView.subject })
          .from(ticketsView)
          .where(and(eq(ticketsView.tenantId, p.tenantId), inArray(ticketsView.id, alert.ticketIds)))
      : [];
    const locale =
      (manager.locale ?? (await tenantSettings(tx, p.tenantId))?.defaultLocale) === "en" ? "en" : "zh-CN";
    const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
      /\/$/,
      "",
    );
    // A product spike names the product in English for English readers (when it has an English name).
    const labelEn = locale === "en" ? (await findAlert(tx, p.tenantId, alert.id))?.labelEn : null;
    const { subject, text } = renderAlertMail(locale, {
      kind: alert.kind,
      label: labelEn ?? alert.label,
      tickets: tickets.map((t) => `${t.number} ${t.subject}`),
      url: `${base}/console/voc-alerts`,
    });
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    return {
      mail: {
        tenantId: p.tenantId,
        mailboxId: sender.id,
        messageId: `${alert.id}.${p.userId}@${domain}`,
        to: manager.email,
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
