import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { addChannelMessage, type TicketRow } from "../../tickets/index.js";
import { tenantLocale } from "../channels.repository.js";
import { normaliseAddress } from "./normalise-address.js";

const NOTE = {
  en: "This mail names {named}, but its sender {address} is neither the customer of {named} nor part of its mail thread, so it was opened as a new ticket and {named} was left unchanged. If it does belong to {named}, check the sender before acting on it.",
  "zh-CN":
    "此邮件提到了服务单 {named}，但发件人 {address} 既不是 {named} 的客户，也未参与其邮件往来，因此已单独建单，{named} 未作任何改动。如确属 {named}，请先核实发件人身份再处理。",
} as const;

// The internal note on the new ticket that tells agents why the mail is not on the ticket it named.
export async function noteRefusedThread(
  tx: Db,
  s: Services,
  input: { tenantId: string; ticket: TicketRow; named: TicketRow; fromAddress: string | null },
) {
  const locale = await tenantLocale(tx, input.tenantId);
  const vars: Record<string, string> = {
    named: input.named.number,
    address: normaliseAddress(input.fromAddress) ?? "?",
  };
  // A function replacement: the sender's address is never read as a replacement pattern.
  const body = NOTE[locale].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return addChannelMessage(tx, s, {
    tenantId: input.tenantId,
    ticket: input.ticket,
    body,
    bodyHtml: null,
    channel: "email",
    fromAddress: null,
    visibility: "internal",
    actor: null,
  });
}
