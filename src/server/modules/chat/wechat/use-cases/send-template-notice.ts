import { z } from "zod";
import { deliverySettings } from "../../../../config.js";
import type { Db } from "../../../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../../../platform/jobs/queue.js";
import { findCustomer } from "../../../customers/index.js";
import { tenantSettings } from "../../../tenancy/index.js";
import { findTicket, type TicketChanged } from "../../../tickets/index.js";
import { accountOf, findFollower, followersOfCustomer } from "../wechat.repository.js";
import { wechatApiFor } from "../wechat-delivery.js";
import { wechatText } from "../wechat-texts.js";

// Ticket notices to customers bound to WeChat, as template messages: the request resolved or
// closed, a home visit booked. Enqueued in the ticket change's transaction (so only a committed
// change sends), one job per OpenID and occasion (singleton key), and each send carries an
// idempotency key of the same occasion, so a retry never delivers twice.
type Notice = "resolved" | "closed" | "visit_confirmed";

export function noticesOf(change: TicketChanged): { notice: Notice; occasion: string; window?: string }[] {
  const out: { notice: Notice; occasion: string; window?: string }[] = [];
  for (const e of change.events) {
    if (e.type === "status_changed" && (e.data.to === "resolved" || e.data.to === "closed"))
      out.push({ notice: e.data.to, occasion: `${e.data.to}:${change.after.version}` });
    if (
      e.type === "visit_step" &&
      (e.data.action === "booked" || e.data.action === "assigned") &&
      e.data.windowStart
    )
      out.push({
        notice: "visit_confirmed",
        occasion: `visit:${e.data.visitId}:${e.data.windowStart}`,
        window: `${e.data.windowStart}/${e.data.windowEnd ?? ""}`,
      });
  }
  return out;
}

export async function onTicketChangedForWechat(tx: Db, change: TicketChanged): Promise<void> {
  const notices = noticesOf(change);
  if (notices.length === 0) return;
  const { tenantId } = change;
  const openIds = await followersOfCustomer(tx, tenantId, change.after.customerId);
  for (const openId of openIds)
    for (const n of notices)
      await enqueue(
        tx,
        sendTemplateNoticeJob,
        {
          tenantId,
          ticketId: change.after.id,
          openId,
          notice: n.notice,
          occasion: n.occasion,
          window: n.window,
        },
        { tenantId, singletonKey: `wechat.tpl:${tenantId}:${change.after.id}:${n.occasion}:${openId}` },
      );
}

// The address the template message opens: the portal's ticket page on the public address.
const publicBaseUrl = (s: { config: { host: string; port: number } }) =>
  (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(/\/+$/, "");

type Plan = {
  tenantId: string;
  openId: string;
  templateId: string;
  url: string;
  data: Record<string, { value: string }>;
  key: string;
};

function windowText(window: string, timeZone: string, locale: "zh-CN" | "en"): string {
  const [start, end] = window.split("/");
  if (!start) return "";
  const fmt = (iso: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, hour12: false, ...opts }).format(new Date(iso));
  const day = fmt(start, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  return end ? `${day}–${fmt(end, { hour: "2-digit", minute: "2-digit" })}` : day;
}

export const sendTemplateNoticeJob = defineOutboundJob({
  kind: "wechat.send_template",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    openId: z.string(),
    notice: z.enum(["resolved", "closed", "visit_confirmed"]),
    occasion: z.string(),
    window: z.string().optional(),
  }),
  async prepare(p, { tx, s }): Promise<Plan | null> {
    const account = await accountOf(tx, p.tenantId);
    const templateId = p.notice === "visit_confirmed" ? account?.templates.visit : account?.templates.status;
    if (!templateId) return null;
    const follower = await findFollower(tx, p.tenantId, p.openId);
    const ticket = await findTicket(tx, p.tenantId, p.ticketId);
    // Bound to this ticket's customer still, and still following the account.
    if (!ticket || !follower?.subscribed || follower.customerId !== ticket.customerId) return null;
    const customer = await findCustomer(tx, p.tenantId, ticket.customerId);
    const tenant = await tenantSettings(tx, p.tenantId);
    const locale = customer?.locale ?? tenant?.defaultLocale ?? "zh-CN";
    const status =
      p.notice === "visit_confirmed"
        ? wechatText("notice_visit_confirmed", locale)
        : wechatText(p.notice === "resolved" ? "notice_status_resolved" : "notice_status_closed", locale);
    const timeZone = tenant?.timezone ?? "Asia/Shanghai";
    const data: Record<string, { value: string }> = {
      first: { value: ticket.subject },
      keyword1: { value: ticket.number },
      keyword2: { value: status },
      remark: { value: wechatText("notice_remark", locale) },
    };
    if (p.window) data.keyword3 = { value: windowText(p.window, timeZone, locale) };
    return {
      tenantId: p.tenantId,
      openId: p.openId,
      templateId,
      url: `${publicBaseUrl(s)}/portal/tickets/${ticket.id}`,
      data,
      key: `tpl:${p.ticketId}:${p.occasion}:${p.openId}`,
    };
  },
  async send(plan, { s }) {
    return wechatApiFor(s).sendTemplateMessage({ ...plan, idempotencyKey: plan.key });
  },
  async record() {},
});
