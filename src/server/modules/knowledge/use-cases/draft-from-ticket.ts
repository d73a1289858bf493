import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { getMessages, ticketWithContext } from "../../tickets/index.js";
import { articleDto } from "./article-dto.js";
import { createArticleInTx } from "./create-article.js";
import { linkInTx, visibleTicketOf } from "./ticket-articles.js";

const HEADINGS = {
  "zh-CN": { problem: "问题", solution: "解决方法", none: "（请填写解决方法）" },
  en: { problem: "Problem", solution: "Solution", none: "(Write the solution here.)" },
} as const;

// Knowledge capture: a draft article from a resolved ticket, written in the ticket's language,
// prefilled with the problem (subject, description) and the solution (staff's last public
// replies), linked to the ticket. An editor reviews and publishes it as any other draft.
export async function draftArticleFromTicket(s: Services, a: Actor, ref: string) {
  const ticket = await visibleTicketOf(s.db, a, ref);
  if (ticket.status !== "resolved" && ticket.status !== "closed")
    throw new AppError("kb.ticket_not_resolved");
  const messages = await getMessages(s, a, ticket.id);
  const replies = messages
    .filter((m) => m.visibility === "public" && m.authorRole && isStaff(m.authorRole) && m.body.trim())
    .slice(-2)
    .map((m) => m.body.trim());
  const context = await ticketWithContext(s.db, a.tenantId, ticket.id);
  const locale = /\p{Script=Han}/u.test(ticket.subject + ticket.description) ? "zh-CN" : "en";
  const h = HEADINGS[locale];
  const body = [
    `${h.problem}\n${ticket.description.trim() || ticket.subject}`,
    `${h.solution}\n${replies.length > 0 ? replies.join("\n\n") : h.none}`,
  ].join("\n\n");
  return s.db.transaction(async (tx) => {
    const locked = await visibleTicketOf(tx, a, ticket.id, true);
    const row = await createArticleInTx(tx, s, a, {
      title: ticket.subject.slice(0, 200),
      body,
      locale,
      tags: ticket.tags.slice(0, 30),
      productLine: context?.productSkills?.[0] ?? null,
      category: "fault",
    });
    await linkInTx(tx, s, a, locked, row, true);
    return articleDto({ ...row, linkedTickets: 1 });
  });
}
