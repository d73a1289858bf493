import { timingSafeEqual } from "node:crypto";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type ConversationRow, findConversation, findConversationAnyTenant } from "../chat.repository.js";
import { hashVisitorToken } from "./start-conversation.js";

// The customer's side of a conversation: a signed-in customer sees their own conversations, an
// anonymous visitor the one their token was given for; anything else is "not found".
export async function conversationOfParticipant(
  s: Services,
  actor: Actor | undefined,
  visitorToken: string | undefined,
  id: string,
): Promise<ConversationRow> {
  if (actor && actor.role !== "customer") throw new AppError("chat.customers_only");
  if (actor) {
    const row = await findConversation(s.db, actor.tenantId, id);
    if (!row?.customerId || row.customerId !== actor.customerId) throw new AppError("chat.not_found");
    return row;
  }
  if (!visitorToken) throw new AppError("chat.not_found");
  const row = await findConversationAnyTenant(s.db, id);
  if (!row?.visitorTokenHash) throw new AppError("chat.not_found");
  const given = Buffer.from(hashVisitorToken(visitorToken));
  const stored = Buffer.from(row.visitorTokenHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) throw new AppError("chat.not_found");
  return row;
}
