import { and, eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../platform/audit/audit-log.js";
import { defineOutboundJob } from "../../platform/jobs/queue.js";
import { users } from "../auth/index.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../channels/index.js";
import { findPart, findSite } from "./parts.repository.js";

// The low-stock alert by e-mail: enqueued in the transaction of the movement that crossed the
// reorder point (so only a committed crossing mails, once per crossing), to the site's parts manager
// when it has one, else to the active supervisors and admins and, for a van, its technician, from the tenant's first mailbox that can send. The
// plan fixes each Message-ID, so a retry re-sends the same mails and never new ones.

const TEXT = {
  en: {
    subject: (partNo: string, site: string) => `Low stock: ${partNo} at ${site}`,
    body: (p: Payload, part: string, site: string) =>
      `${part} (${p.partNo}) at ${site} (${p.site}) is down to ${p.available} available; its reorder point is ${p.reorderPoint}.\n\nThe suggested purchase list in the console (Parts → Purchase list) says how many to order.`,
  },
  "zh-CN": {
    subject: (partNo: string, site: string) => `库存不足：${site} 的 ${partNo}`,
    body: (p: Payload, part: string, site: string) =>
      `${site}（${p.site}）的 ${part}（${p.partNo}）可用库存已降至 ${p.available}，补货点为 ${p.reorderPoint}。\n\n建议采购数量见控制台「备件 → 采购建议」。`,
  },
} as const;

const ZPayload = z.object({
  tenantId: z.string(),
  partNo: z.string(),
  site: z.string(),
  available: z.number().int(),
  reorderPoint: z.number().int(),
  // Names this crossing (the movement's time), for the Message-ID.
  crossing: z.string(),
});
type Payload = z.infer<typeof ZPayload>;

type LowStockPlan = { tenantId: string; partNo: string; site: string; mails: PlannedMail[] };

export const lowStockMailJob = defineOutboundJob({
  kind: "parts.low_stock_mail",
  payload: ZPayload,
  async prepare(p, { tx }): Promise<LowStockPlan | null> {
    const part = await findPart(tx, p.tenantId, p.partNo);
    const site = await findSite(tx, p.tenantId, p.site);
    const sender = await tenantSender(tx, p.tenantId);
    if (!part || !site || !sender) return null;
    // The site's parts manager when it has one (and is still active); else the leads and the van's
    // technician.
    const recipients = (only?: string) =>
      tx
        .select({ id: users.id, email: users.email, locale: users.locale })
        .from(users)
        .where(
          and(
            eq(users.tenantId, p.tenantId),
            eq(users.active, true),
            only
              ? eq(users.id, only)
              : or(
                  inArray(users.role, ["supervisor", "admin"]),
                  site.ownerId ? eq(users.id, site.ownerId) : undefined,
                ),
          ),
        )
        .orderBy(users.id);
    const manager = site.responsibleId ? await recipients(site.responsibleId) : [];
    const people = manager.length > 0 ? manager : await recipients();
    if (people.length === 0) return null;
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    return {
      tenantId: p.tenantId,
      partNo: p.partNo,
      site: p.site,
      mails: people.map((u) => {
        const en = u.locale === "en";
        const text = TEXT[en ? "en" : "zh-CN"];
        const partName = (en ? part.nameEn : null) ?? part.name;
        return {
          tenantId: p.tenantId,
          mailboxId: sender.id,
          messageId: `low-stock-${p.crossing}-${u.id}.${p.tenantId.toLowerCase()}@${domain}`,
          to: u.email,
          subject: text.subject(p.partNo, site.name),
          text: text.body(p, partName, site.name),
          headers: { "Auto-Submitted": "auto-generated" },
        };
      }),
    };
  },
  async send(plan, { s }) {
    for (const mail of plan.mails) await sendPlannedMail(s, s.db, mail);
    return { sent: plan.mails.length };
  },
  async record(plan, _result, { tx, now }) {
    await appendAudit(tx, {
      tenantId: plan.tenantId,
      actorId: null,
      action: "stock.low_stock_mailed",
      entityType: "stock_line",
      entityId: `${plan.site}/${plan.partNo}`,
      data: { to: plan.mails.map((m) => m.to) },
      at: now,
    });
  },
});
