import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { type ConversationRow, findConversation, updateConversation } from "../chat.repository.js";
import { noticeText } from "../chat-texts.js";
import { announceAfterCommit, postMessage } from "./post-message.js";

// Engine command: either side ends the chat (closing a closed chat changes nothing).
export async function closeConversation(s: Services, tenantId: string, id: string): Promise<ConversationRow> {
  return s.db.transaction(async (tx) => {
    const conv = await findConversation(tx, tenantId, id, true);
    if (!conv) throw new AppError("chat.not_found");
    if (conv.status === "closed") return conv;
    const now = s.clock.now();
    const closed = await updateConversation(
      tx,
      tenantId,
      id,
      { status: "closed", closedAt: now, customerTypingAt: null, agentTypingAt: null },
      now,
    );
    announceAfterCommit(tx, tenantId);
    await postMessage(tx, s, closed, {
      author: "system",
      code: "closed",
      text: noticeText("closed", closed.locale),
    });
    return closed;
  });
}
