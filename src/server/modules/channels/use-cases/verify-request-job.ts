import { randomBytes } from "node:crypto";
import { z } from "zod";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob } from "../../../platform/jobs/queue.js";
import { findPublicRequest, listMailboxes, updatePublicRequest } from "../channels.repository.js";
import { type PlannedMail, sendPlannedMail, smtpUrlOf } from "../mail/smtp-send.js";
import { hashToken, publicBaseUrl } from "./public-links.js";

const VERIFY_MAIL = {
  subject: { en: "Please confirm your service request", "zh-CN": "请确认您的服务请求" },
  body: {
    en: 'Hello {name},\n\nto send us your request "{subject}", open this link within 48 hours:\n{url}\n\nIf you did not ask for this, ignore this mail.',
    "zh-CN":
      "{name}，您好：\n\n请在 48 小时内打开以下链接，确认提交服务请求“{subject}”：\n{url}\n\n如非本人操作，请忽略本邮件。",
  },
} as const;

// Filled in one pass by a function: the sender's own text is never read as a pattern (`$'` in a
// name stays `$'`) and a "{url}" typed into the subject stays text.
function fillVerifyMail(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

// The token exists only in the mail. prepare mints it and makes its hash the row's key; the mail
// (with the token) waits on the job row only until it is sent, then the runner clears it.
export const verifyRequestJob = defineOutboundJob({
  kind: "channels.verify_public_request",
  payload: z.object({ tenantId: z.string(), requestId: z.string(), slug: z.string() }),
  async prepare(p, { tx, s }): Promise<PlannedMail | null> {
    const row = await findPublicRequest(tx, p.requestId);
    if (!row || row.verifiedAt) return null;
    const mailbox = (await listMailboxes(tx, p.tenantId))[0];
    if (!mailbox || !smtpUrlOf(mailbox.smtp)) {
      s.logger.warn({ tenantId: p.tenantId }, "public request held: no mailbox to send the verification");
      return null;
    }
    const token = randomBytes(24).toString("base64url");
    await updatePublicRequest(tx, p.tenantId, row.id, { id: hashToken(token) });
    const url = `${publicBaseUrl(s)}/request/${encodeURIComponent(p.slug)}/verify/${token}`;
    const l = row.locale;
    const domain = mailbox.address.split("@")[1] ?? "aftercare.invalid";
    return {
      tenantId: p.tenantId,
      mailboxId: mailbox.id,
      messageId: `${newId("vrf")}@${domain}`,
      to: row.email,
      subject: VERIFY_MAIL.subject[l],
      text: fillVerifyMail(VERIFY_MAIL.body[l], { name: row.name, subject: row.subject, url }),
      headers: { "Auto-Submitted": "auto-generated" },
    };
  },
  async send(mail, { s }) {
    await sendPlannedMail(s, s.db, mail);
  },
  // Nothing to write: the request row already carries the token's hash.
  async record() {},
});
