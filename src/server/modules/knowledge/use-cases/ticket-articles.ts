import { and, asc, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { users } from "../../auth/index.js";
import { findTicket, recordKnowledgeStep, type TicketRow, ticketVisibility } from "../../tickets/index.js";
import { bumpCounter, findArticle } from "../knowledge.repository.js";
import { kbArticles, kbTicketArticles } from "../knowledge.tables.js";

export async function visibleTicketOf(db: Db, a: Actor, ref: string, forUpdate = false) {
  const ticket = await findTicket(db, a.tenantId, ref, ticketVisibility(a), forUpdate);
  if (!ticket) throw new AppError("ticket.not_found");
  return ticket;
}

export async function ticketArticles(s: Services, a: Actor, ref: string) {
  const ticket = await visibleTicketOf(s.db, a, ref);
  const rows = await s.db
    .select({
      id: kbArticles.id,
      title: kbArticles.title,
      locale: kbArticles.locale,
      status: kbArticles.status,
      linkedBy: kbTicketArticles.linkedBy,
      linkedByName: users.name,
      linkedAt: kbTicketArticles.linkedAt,
    })
    .from(kbTicketArticles)
    .innerJoin(
      kbArticles,
      and(eq(kbArticles.tenantId, kbTicketArticles.tenantId), eq(kbArticles.id, kbTicketArticles.articleId)),
    )
    .leftJoin(
      users,
      and(eq(users.tenantId, kbTicketArticles.tenantId), eq(users.id, kbTicketArticles.linkedBy)),
    )
    .where(and(eq(kbTicketArticles.tenantId, a.tenantId), eq(kbTicketArticles.ticketId, ticket.id)))
    .orderBy(asc(kbTicketArticles.linkedAt), asc(kbArticles.id));
  return { items: rows.map((r) => ({ ...r, linkedAt: r.linkedAt.toISOString() })) };
}

// Links an article to a ticket in `tx` (its use counted on the article, the link in the ticket's
// history); linking it again changes nothing.
export async function linkInTx(
  tx: Db,
  s: Services,
  a: Actor,
  ticket: TicketRow,
  article: { id: string; title: string },
  created = false,
) {
  const now = s.clock.now();
  const [linked] = await tx
    .insert(kbTicketArticles)
    .values({
      tenantId: a.tenantId,
      ticketId: ticket.id,
      articleId: article.id,
      linkedBy: a.userId,
      linkedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!linked) return;
  await bumpCounter(tx, a.tenantId, article.id, "linkedTickets");
  await recordKnowledgeStep(
    tx,
    s,
    ticket,
    a,
    { type: "article_linked", data: { articleId: article.id, title: article.title, linked: true, created } },
    now,
  );
}

export async function linkArticle(s: Services, a: Actor, ref: string, articleId: string) {
  const ticketId = await s.db.transaction(async (tx) => {
    const ticket = await visibleTicketOf(tx, a, ref, true);
    const article = await findArticle(tx, a.tenantId, articleId, "staff");
    if (!article) throw new AppError("kb.not_found");
    await linkInTx(tx, s, a, ticket, article);
    return ticket.id;
  });
  return ticketArticles(s, a, ticketId);
}

export async function unlinkArticle(s: Services, a: Actor, ref: string, articleId: string) {
  const ticketId = await s.db.transaction(async (tx) => {
    const ticket = await visibleTicketOf(tx, a, ref, true);
    const [gone] = await tx
      .delete(kbTicketArticles)
      .where(
        and(
          eq(kbTicketArticles.tenantId, a.tenantId),
          eq(kbTicketArticles.ticketId, ticket.id),
          eq(kbTicketArticles.articleId, articleId),
        ),
      )
      .returning();
    if (!gone) throw new AppError("kb.not_found");
    const article = await findArticle(tx, a.tenantId, articleId, "staff");
    await bumpCounter(tx, a.tenantId, articleId, "linkedTickets", -1);
    await recordKnowledgeStep(
      tx,
      s,
      ticket,
      a,
      { type: "article_linked", data: { articleId, title: article?.title ?? "", linked: false } },
      s.clock.now(),
    );
    return ticket.id;
  });
  return ticketArticles(s, a, ticketId);
}
