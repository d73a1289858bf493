import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findCustomer } from "../../customers/index.js";
import { customerTickets, listCallsOfCustomer, messagesOfTickets } from "../channels.repository.js";

const RANK = { ticket_opened: 0, message: 1, call: 2 } as const;

// One customer, one history: every ticket, message and call across channels, oldest first.
export async function customerTimeline(s: Services, actor: Actor, customerId: string) {
  const customer = await findCustomer(s.db, actor.tenantId, customerId);
  if (!customer) throw new AppError("customer.not_found");
  const ticketRows = await customerTickets(s.db, actor.tenantId, customerId);
  const numberOf = new Map(ticketRows.map((t) => [t.id, t.number]));
  const messages = await messagesOfTickets(s.db, actor.tenantId, [...numberOf.keys()]);
  const calls = await listCallsOfCustomer(s.db, actor.tenantId, customerId);
  const items = [
    ...ticketRows.map((t) => ({
      at: t.createdAt,
      kind: "ticket_opened" as const,
      channel: t.channel as string,
      ticketId: t.id,
      ticketNumber: t.number,
      text: t.subject,
      from: null,
    })),
    // A logged call's internal note repeats the call itself: the call entry stands for both.
    ...messages
      .filter((m) => !(m.channel === "phone" && m.visibility === "internal"))
      .map((m) => ({
        at: m.createdAt,
        kind: "message" as const,
        channel: m.channel as string,
        ticketId: m.ticketId,
        ticketNumber: numberOf.get(m.ticketId) ?? null,
        text: m.body.slice(0, 500),
        from: m.fromAddress,
      })),
    ...calls.map((c) => ({
      at: c.createdAt,
      kind: "call" as const,
      channel: "phone",
      ticketId: c.ticketId,
      ticketNumber: c.ticketId ? (numberOf.get(c.ticketId) ?? null) : null,
      text: c.summary.slice(0, 500),
      from: c.number,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || RANK[a.kind] - RANK[b.kind]);
  return { items: items.map((i) => ({ ...i, at: i.at.toISOString() })) };
}
