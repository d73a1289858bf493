import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob, enqueue, type JobContext } from "../../../platform/jobs/queue.js";
import {
  messageSenderFromEnv,
  type PlannedMail,
  sendPlannedMail,
  tenantSender,
} from "../../channels/index.js";
import { customers, findCustomer } from "../../customers/index.js";
import { products, units } from "../../products/index.js";
import { chinaBusinessCalendar } from "../../sla/index.js";
import { listTenants, tenantSettings } from "../../tenancy/index.js";
import { renderCareMessage } from "../care-mail.js";
import { type CareCustomer, dueCareActions } from "../care-schedule.js";
import { loyaltySettingsOf } from "../loyalty.repository.js";
import { loyaltyCareSends, loyaltyMembers } from "../loyalty.tables.js";
import { tenantDay } from "../tenant-day.js";

const PAGE = 1000;

// The tenant's customers as the care rules see them, a page at a time (erased ones left out).
async function careCustomers(
  tx: Db,
  tenantId: string,
  afterId: string,
): Promise<(CareCustomer & { channel: string })[]> {
  const rows = await tx
    .select({
      customerId: customers.id,
      tier: customers.tier,
      divisionCode: customers.divisionCode,
      channel: customers.preferredChannel,
      birthday: loyaltyMembers.birthday,
      optOut: loyaltyMembers.careOptOut,
      products: sql<string[] | null>`(select array_agg(distinct x) from (
        select ${products.sku} as x from ${units} join ${products} on ${products.tenantId} = ${units.tenantId} and ${products.id} = ${units.productId}
          where ${units.tenantId} = ${customers.tenantId} and ${units.customerId} = ${customers.id}
        union
        select ${products.sanbaoCategory} from ${units} join ${products} on ${products.tenantId} = ${units.tenantId} and ${products.id} = ${units.productId}
          where ${units.tenantId} = ${customers.tenantId} and ${units.customerId} = ${customers.id} and ${products.sanbaoCategory} is not null
      ) p)`,
    })
    .from(customers)
    .leftJoin(
      loyaltyMembers,
      and(eq(loyaltyMembers.tenantId, customers.tenantId), eq(loyaltyMembers.customerId, customers.id)),
    )
    .where(and(eq(customers.tenantId, tenantId), gt(customers.id, afterId), isNull(customers.erasedAt)))
    .orderBy(customers.id)
    .limit(PAGE);
  return rows.map((r) => ({ ...r, products: r.products ?? [], optOut: r.optOut ?? false }));
}

// Today's care actions of one tenant: each (customer, action, year) recorded once — a rerun or a
// second runner finds the row and sends nothing — and its message enqueued in the same commit,
// so it goes out after commit through the outbound job.
export async function runCareActions(tx: Db, tenantId: string, today: string): Promise<number> {
  const settings = await loyaltySettingsOf(tx, tenantId);
  if (!settings.care.some((r) => r.active)) return 0;
  const overrides = chinaBusinessCalendar().overrides;
  const year = Number(today.slice(0, 4));
  let scheduled = 0;
  for (let after = ""; ; ) {
    const page = await careCustomers(tx, tenantId, after);
    if (page.length === 0) break;
    after = page.at(-1)?.customerId ?? after;
    const channels = new Map(page.map((c) => [c.customerId, c.channel]));
    for (const due of dueCareActions(today, settings.care, overrides, page)) {
      const id = newId("lcs");
      const [row] = await tx
        .insert(loyaltyCareSends)
        .values({
          id,
          tenantId,
          customerId: due.customerId,
          action: due.action,
          year,
          channel: channels.get(due.customerId) ?? "email",
        })
        .onConflictDoNothing()
        .returning({ id: loyaltyCareSends.id });
      if (!row) continue;
      scheduled++;
      await enqueue(
        tx,
        careMessageJob,
        { tenantId, sendId: id, ruleId: due.ruleId },
        { tenantId, singletonKey: `care:${id}` },
      );
    }
    if (page.length < PAGE) break;
  }
  return scheduled;
}

export async function careSchedule({ tx, now }: JobContext): Promise<void> {
  for (const tenant of await listTenants(tx))
    await runCareActions(tx, tenant.id, await tenantDay(tx, tenant.id, now));
}

type CarePlan =
  | { channel: "sms"; sendId: string; to: string; body: string }
  | { channel: "email"; sendId: string; mail: PlannedMail };

// The message of one recorded care action, by the customer's preferred channel (the other one
// when that contact is missing); nothing when the customer opted out since it was scheduled.
export const careMessageJob = defineOutboundJob({
  kind: "loyalty.care_message",
  payload: z.object({ tenantId: z.string(), sendId: z.string(), ruleId: z.string() }),
  async prepare(p, { tx }): Promise<CarePlan | null> {
    const [send] = await tx
      .select()
      .from(loyaltyCareSends)
      .where(and(eq(loyaltyCareSends.tenantId, p.tenantId), eq(loyaltyCareSends.id, p.sendId)));
    if (!send) return null;
    const customer = await findCustomer(tx, p.tenantId, send.customerId);
    const [member] = await tx
      .select({ optOut: loyaltyMembers.careOptOut })
      .from(loyaltyMembers)
      .where(and(eq(loyaltyMembers.tenantId, p.tenantId), eq(loyaltyMembers.customerId, send.customerId)));
    const rule = (await loyaltySettingsOf(tx, p.tenantId)).care.find((r) => r.id === p.ruleId);
    if (!customer || customer.erasedAt || member?.optOut || !rule) return null;
    const locale =
      (customer.locale ?? (await tenantSettings(tx, p.tenantId))?.defaultLocale) === "en" ? "en" : "zh-CN";
    const lang = locale === "en" ? "en" : "zh";
    const text = renderCareMessage(locale, {
      name: customer.name,
      title: rule.name[lang],
      message: rule.message[lang],
    });
    const sms = customer.phone && (customer.preferredChannel === "sms" || !customer.email);
    if (sms && customer.phone) return { channel: "sms", sendId: send.id, to: customer.phone, body: text.sms };
    if (!customer.email) return null;
    const sender = await tenantSender(tx, p.tenantId);
    if (!sender) return null;
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    return {
      channel: "email",
      sendId: send.id,
      mail: {
        tenantId: p.tenantId,
        mailboxId: sender.id,
        messageId: `${send.id}@${domain}`,
        to: customer.email,
        subject: text.subject,
        text: text.text,
        headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
      },
    };
  },
  async send(plan, { s }) {
    if (plan.channel === "sms")
      return messageSenderFromEnv(s.logger).send({
        to: plan.to,
        body: plan.body,
        ticketNumber: "",
        idempotencyKey: plan.sendId,
      });
    await sendPlannedMail(s, s.db, plan.mail);
    return { providerId: null };
  },
  async record() {},
});
