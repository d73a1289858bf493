import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { messageSenderFromEnv, type PlannedMail, sendPlannedMail, tenantSender } from "../channels/index.js";
import { findCustomer } from "../customers/index.js";
import { tenantSettings } from "../tenancy/index.js";
import { renderReminderMail, renderSurveyMail, renderSurveySms } from "./survey-mail.js";

// A survey message as planned in a job's transaction and sent after commit: a mail through the
// tenant's mailbox, or a text through the SMS sender (channels' MessageSender; without a gateway
// it only logs).
export type DeliveryPlan =
  | { channel: "email"; invitationId: string; mail: PlannedMail }
  | { channel: "sms"; invitationId: string; to: string; body: string; key: string; ref: string };

type Wanted = {
  tenantId: string;
  invitationId: string;
  customerId: string;
  channel: string;
  ticketNumber: string | null;
  url: string;
  reminder: boolean;
};

// The plan for one invitation's message, or null when the customer cannot be reached that way
// (no address, no phone, no sending mailbox): the link itself still works.
export async function planDelivery(tx: Db, w: Wanted): Promise<DeliveryPlan | null> {
  const customer = await findCustomer(tx, w.tenantId, w.customerId);
  if (!customer) return null;
  const tenantLocale = (await tenantSettings(tx, w.tenantId))?.defaultLocale;
  const locale = (customer.locale ?? tenantLocale) === "en" ? "en" : "zh-CN";
  const kind = w.reminder ? "reminder" : "invitation";
  if (w.channel === "sms") {
    if (!customer.phone) return null;
    return {
      channel: "sms",
      invitationId: w.invitationId,
      to: customer.phone,
      body: renderSurveySms(locale, w.url, w.reminder),
      key: `survey-${kind}:${w.invitationId}`,
      ref: w.ticketNumber ?? "",
    };
  }
  if (w.channel !== "email" || !customer.email) return null;
  const sender = await tenantSender(tx, w.tenantId);
  if (!sender) return null;
  const vars = { name: customer.name, number: w.ticketNumber, url: w.url };
  const { subject, text } = w.reminder ? renderReminderMail(locale, vars) : renderSurveyMail(locale, vars);
  const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
  return {
    channel: "email",
    invitationId: w.invitationId,
    mail: {
      tenantId: w.tenantId,
      mailboxId: sender.id,
      // The invitation id makes a resent mail recognisably the same one.
      messageId: `${w.reminder ? "r-" : ""}${w.invitationId}@${domain}`,
      to: customer.email,
      subject,
      text,
      headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    },
  };
}

export async function sendDelivery(s: Services, plan: DeliveryPlan): Promise<void> {
  if (plan.channel === "email") await sendPlannedMail(s, s.db, plan.mail);
  else
    await messageSenderFromEnv(s.logger).send({
      to: plan.to,
      body: plan.body,
      ticketNumber: plan.ref,
      idempotencyKey: plan.key,
    });
}
