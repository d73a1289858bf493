import type { ChatQueue, ChatTranscript } from "../../../../shared/api/chat.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import {
  type ConversationRow,
  conversationDtos,
  findConversation,
  messagesAfter,
  toMessageDto,
  waitingAndMine,
} from "../chat.repository.js";

export async function transcriptOf(s: Services, conv: ConversationRow): Promise<ChatTranscript> {
  const [dto] = await conversationDtos(s.db, conv.tenantId, [conv]);
  if (!dto) throw new AppError("chat.not_found");
  const messages = await messagesAfter(s.db, conv.tenantId, conv.id, 0);
  return { conversation: dto, messages: messages.map(toMessageDto) };
}

// Staff read any conversation of their tenant (to pick one up they first see its transcript).
export async function staffTranscript(s: Services, actor: Actor, id: string): Promise<ChatTranscript> {
  const conv = await findConversation(s.db, actor.tenantId, id);
  if (!conv) throw new AppError("chat.not_found");
  return transcriptOf(s, conv);
}

// The console's lists: chats waiting for anyone (oldest first) and the agent's own open ones.
export async function chatQueue(s: Services, actor: Actor): Promise<ChatQueue> {
  const rows = await waitingAndMine(s.db, actor.tenantId, actor.userId);
  const dtos = await conversationDtos(s.db, actor.tenantId, rows);
  return {
    waiting: dtos.filter((c) => c.status === "waiting"),
    mine: dtos.filter((c) => c.status === "assigned"),
  };
}
