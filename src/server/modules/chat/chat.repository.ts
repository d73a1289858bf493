import { and, asc, desc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import type { ChatConversation, ChatMessage } from "../../../shared/api/chat.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { customers } from "../customers/index.js";
import { agentPresence } from "../presence/index.js";
import { tenants } from "../tenancy/index.js";
import { ticketsView } from "../tickets/index.js";
import { chatConversations, chatMessages } from "./chat.tables.js";

export type ConversationRow = typeof chatConversations.$inferSelect;
export type MessageRow = typeof chatMessages.$inferSelect;

export async function findConversation(
  db: Db,
  tenantId: string,
  id: string,
  forUpdate = false,
): Promise<ConversationRow | undefined> {
  const q = db
    .select()
    .from(chatConversations)
    .where(and(eq(chatConversations.tenantId, tenantId), eq(chatConversations.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

// Looked up by id alone only for the public (visitor) side, which then proves the visitor token.
export async function findConversationAnyTenant(db: Db, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(chatConversations).where(eq(chatConversations.id, id));
  return row;
}

// A channel's person's conversation still going (a WeChat openId's), to continue it.
/** @public WeChat finds its user's conversation here (docs/chat.md). */
export async function findOpenConversationOf(
  db: Db,
  tenantId: string,
  channel: ConversationRow["channel"],
  externalId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(chatConversations)
    .where(
      and(
        eq(chatConversations.tenantId, tenantId),
        eq(chatConversations.channel, channel),
        eq(chatConversations.externalId, externalId),
        ne(chatConversations.status, "closed"),
      ),
    )
    .orderBy(desc(chatConversations.createdAt))
    .limit(1);
  return row;
}

export async function insertConversation(db: Db, row: typeof chatConversations.$inferInsert) {
  const [created] = await db.insert(chatConversations).values(row).returning();
  if (!created) throw new Error("insert chat_conversations returned nothing");
  return created;
}

export async function updateConversation(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof chatConversations.$inferInsert>,
  at: Date,
): Promise<ConversationRow> {
  const [row] = await db
    .update(chatConversations)
    .set({ ...patch, version: sql`${chatConversations.version} + 1`, updatedAt: at })
    .where(and(eq(chatConversations.tenantId, tenantId), eq(chatConversations.id, id)))
    .returning();
  if (!row) throw new Error("chat conversation vanished");
  return row;
}

// Waiting → assigned for exactly one agent: the status condition decides a race.
export async function claimConversation(
  db: Db,
  tenantId: string,
  id: string,
  agentId: string,
  at: Date,
): Promise<ConversationRow | undefined> {
  const [row] = await db
    .update(chatConversations)
    .set({
      status: "assigned",
      assigneeId: agentId,
      version: sql`${chatConversations.version} + 1`,
      updatedAt: at,
    })
    .where(
      and(
        eq(chatConversations.tenantId, tenantId),
        eq(chatConversations.id, id),
        eq(chatConversations.status, "waiting"),
      ),
    )
    .returning();
  return row;
}

// The next message number; the row update also serialises concurrent posts to one conversation.
export async function appendMessage(
  db: Db,
  row: Omit<typeof chatMessages.$inferInsert, "seq">,
): Promise<MessageRow> {
  const [conv] = await db
    .update(chatConversations)
    .set({ lastSeq: sql`${chatConversations.lastSeq} + 1`, updatedAt: row.createdAt ?? new Date() })
    .where(and(eq(chatConversations.tenantId, row.tenantId), eq(chatConversations.id, row.conversationId)))
    .returning({ seq: chatConversations.lastSeq });
  if (!conv) throw new Error("chat conversation vanished");
  const [created] = await db
    .insert(chatMessages)
    .values({ ...row, seq: conv.seq })
    .returning();
  if (!created) throw new Error("insert chat_messages returned nothing");
  return created;
}

export async function messagesAfter(
  db: Db,
  tenantId: string,
  conversationId: string,
  afterSeq: number,
): Promise<MessageRow[]> {
  return db
    .select()
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.tenantId, tenantId),
        eq(chatMessages.conversationId, conversationId),
        gt(chatMessages.seq, afterSeq),
      ),
    )
    .orderBy(asc(chatMessages.seq))
    .limit(500);
}

export async function setTyping(
  db: Db,
  tenantId: string,
  id: string,
  side: "customer" | "agent",
  at: Date,
): Promise<void> {
  await db
    .update(chatConversations)
    .set(side === "customer" ? { customerTypingAt: at } : { agentTypingAt: at })
    .where(and(eq(chatConversations.tenantId, tenantId), eq(chatConversations.id, id)));
}

export async function anyAgentOnline(db: Db, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: agentPresence.userId })
    .from(agentPresence)
    .innerJoin(users, and(eq(users.tenantId, tenantId), eq(users.id, agentPresence.userId)))
    .where(
      and(
        eq(agentPresence.tenantId, tenantId),
        eq(agentPresence.status, "online"),
        inArray(users.role, ["agent", "supervisor", "admin"]),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function tenantBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: tenants.id, slug: tenants.slug, defaultLocale: tenants.defaultLocale })
    .from(tenants)
    .where(eq(tenants.slug, slug));
  return row;
}

export async function waitingAndMine(db: Db, tenantId: string, agentId: string): Promise<ConversationRow[]> {
  return db
    .select()
    .from(chatConversations)
    .where(
      and(
        eq(chatConversations.tenantId, tenantId),
        or(
          eq(chatConversations.status, "waiting"),
          and(eq(chatConversations.status, "assigned"), eq(chatConversations.assigneeId, agentId)),
        ),
      ),
    )
    .orderBy(asc(chatConversations.waitingSince), desc(chatConversations.updatedAt))
    .limit(200);
}

export function toMessageDto(m: MessageRow): ChatMessage {
  return {
    id: m.id,
    seq: m.seq,
    author: m.author,
    authorName: m.authorName,
    text: m.text,
    article: m.article ?? null,
    code: m.code,
    createdAt: m.createdAt.toISOString(),
  };
}

// The DTOs of some conversations with the names, ticket numbers and last lines they show.
export async function conversationDtos(
  db: Db,
  tenantId: string,
  rows: readonly ConversationRow[],
): Promise<ChatConversation[]> {
  if (rows.length === 0) return [];
  const [tenant] = await db.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId));
  const customerIds = [...new Set(rows.flatMap((r) => (r.customerId ? [r.customerId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
  const ticketIds = [...new Set(rows.flatMap((r) => (r.ticketId ? [r.ticketId] : [])))];
  const [custs, agents, tickets, online, lasts] = await Promise.all([
    customerIds.length
      ? db
          .select({ id: customers.id, name: customers.name, phone: customers.phone })
          .from(customers)
          .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, customerIds)))
      : [],
    userIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.tenantId, tenantId), inArray(users.id, userIds)))
      : [],
    ticketIds.length
      ? db
          .select({ id: ticketsView.id, number: ticketsView.number })
          .from(ticketsView)
          .where(and(eq(ticketsView.tenantId, tenantId), inArray(ticketsView.id, ticketIds)))
      : [],
    anyAgentOnline(db, tenantId),
    db
      .select({ conversationId: chatMessages.conversationId, text: chatMessages.text, seq: chatMessages.seq })
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.tenantId, tenantId),
          or(...rows.map((r) => and(eq(chatMessages.conversationId, r.id), eq(chatMessages.seq, r.lastSeq)))),
        ),
      ),
  ]);
  const customerOf = new Map(custs.map((c) => [c.id, c]));
  const agentOf = new Map(agents.map((a) => [a.id, a.name]));
  const ticketOf = new Map(tickets.map((t) => [t.id, t.number]));
  const lastOf = new Map(lasts.map((l) => [l.conversationId, l.text]));
  return rows.map((r) => {
    const customer = r.customerId ? customerOf.get(r.customerId) : undefined;
    return {
      id: r.id,
      tenantSlug: tenant?.slug ?? "",
      channel: r.channel,
      status: r.status,
      customerId: r.customerId,
      name: customer?.name ?? r.visitorName,
      phone: customer?.phone ?? r.visitorPhone,
      locale: r.locale,
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeId ? (agentOf.get(r.assigneeId) ?? null) : null,
      ticketId: r.ticketId,
      ticketNumber: r.ticketId ? (ticketOf.get(r.ticketId) ?? null) : null,
      articlesTried: r.articlesTried,
      handoffReason: r.handoffReason,
      agentsOnline: online,
      lastSeq: r.lastSeq,
      lastMessage: lastOf.get(r.id)?.slice(0, 200) ?? null,
      waitingSince: r.waitingSince?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
