import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findConversation, type MessageRow, updateConversation } from "../chat.repository.js";
import { postMessage } from "./post-message.js";

// Engine command: the agent who has the chat answers.
export async function agentReply(s: Services, actor: Actor, id: string, text: string): Promise<MessageRow> {
  return s.db.transaction(async (tx) => {
    const conv = await findConversation(tx, actor.tenantId, id, true);
    if (!conv) throw new AppError("chat.not_found");
    if (conv.status === "closed") throw new AppError("chat.closed");
    if (conv.status !== "assigned" || conv.assigneeId !== actor.userId) throw new AppError("chat.not_yours");
    await updateConversation(tx, actor.tenantId, id, { agentTypingAt: null }, s.clock.now());
    return postMessage(tx, s, conv, {
      author: "agent",
      authorId: actor.userId,
      authorName: actor.name,
      text,
    });
  });
}
