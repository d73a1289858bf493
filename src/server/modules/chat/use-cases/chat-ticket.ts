import { and, asc, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { findCustomer, insertCustomer } from "../../customers/index.js";
import { openTicketFromChannel, type TicketRow } from "../../tickets/index.js";
import type { ConversationRow } from "../chat.repository.js";
import { chatMessages } from "../chat.tables.js";
import { TRANSCRIPT_LABELS } from "../chat-texts.js";

type TicketActor = { userId: string; role: "agent" | "admin" | "supervisor" } | null;

// The transcript as a ticket's description: every line with its time and who said it, then the
// articles the assistant tried.
async function transcriptText(tx: Db, conv: ConversationRow): Promise<string> {
  const labels = TRANSCRIPT_LABELS[conv.locale];
  const rows = await tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.tenantId, conv.tenantId), eq(chatMessages.conversationId, conv.id)))
    .orderBy(asc(chatMessages.seq));
  const lines = rows.map((m) => {
    const time = m.createdAt.toISOString().slice(11, 16);
    const who = m.author === "agent" && m.authorName ? `${labels.agent} ${m.authorName}` : labels[m.author];
    const link = m.article ? ` [${m.article.title}]` : "";
    return `[${time}] ${who}: ${m.text}${link}`;
  });
  const tried = conv.articlesTried.length
    ? `\n\n${labels.tried}:\n${conv.articlesTried.map((a) => `- ${a.title}`).join("\n")}`
    : "";
  return `${labels.heading} (${conv.id})\n\n${lines.join("\n")}${tried}`;
}

// The customer the ticket is for: the signed-in customer, else a new record with what the visitor
// gave (their phone is not proven, so it is never attached to an existing customer's record).
async function customerFor(tx: Db, s: Services, conv: ConversationRow) {
  if (conv.customerId) {
    const customer = await findCustomer(tx, conv.tenantId, conv.customerId);
    if (customer) return customer;
  }
  const now = s.clock.now();
  return insertCustomer(tx, {
    id: newId("cus"),
    tenantId: conv.tenantId,
    name: conv.visitorName ?? conv.visitorPhone ?? "Chat visitor",
    kind: "person",
    phone: conv.visitorPhone,
    locale: conv.locale,
    createdAt: now,
    updatedAt: now,
  });
}

// A ticket through the tickets module, with the transcript as its description, linked to the chat.
export async function openTicketFromChat(
  tx: Db,
  s: Services,
  conv: ConversationRow,
  input: { subject?: string; extra?: string; actor: TicketActor },
): Promise<{ ticket: TicketRow; customerId: string }> {
  if (conv.ticketId) throw new AppError("chat.ticket_exists", { number: conv.ticketId });
  const customer = await customerFor(tx, s, conv);
  const [firstLine] = await tx
    .select({ text: chatMessages.text })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.tenantId, conv.tenantId),
        eq(chatMessages.conversationId, conv.id),
        eq(chatMessages.author, "customer"),
      ),
    )
    .orderBy(asc(chatMessages.seq))
    .limit(1);
  const subject = (input.subject ?? input.extra ?? firstLine?.text ?? TRANSCRIPT_LABELS[conv.locale].heading)
    .replace(/\s+/g, " ")
    .slice(0, 80);
  const transcript = await transcriptText(tx, conv);
  const ticket = await openTicketFromChannel(tx, s, {
    tenantId: conv.tenantId,
    customerId: customer.id,
    outletId: customer.outletId ?? null,
    subject,
    description: input.extra ? `${input.extra}\n\n${transcript}` : transcript,
    type: "consultation",
    channel: "chat",
    actor: input.actor,
  });
  return { ticket, customerId: customer.id };
}
