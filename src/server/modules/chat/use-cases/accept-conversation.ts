import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type ConversationRow, claimConversation, findConversation } from "../chat.repository.js";
import { noticeText } from "../chat-texts.js";
import { announceAfterCommit, postMessage } from "./post-message.js";

// Engine command: an agent takes a waiting chat. When two accept at once, one gets it and the other
// is told it is taken (the claim is one conditional update).
export async function acceptConversation(s: Services, actor: Actor, id: string): Promise<ConversationRow> {
  return s.db.transaction(async (tx) => {
    const claimed = await claimConversation(tx, actor.tenantId, id, actor.userId, s.clock.now());
    if (!claimed) {
      const conv = await findConversation(tx, actor.tenantId, id);
      if (!conv) throw new AppError("chat.not_found");
      if (conv.status === "assigned" && conv.assigneeId !== actor.userId)
        throw new AppError("chat.already_taken");
      if (conv.status === "assigned") return conv;
      throw new AppError(conv.status === "closed" ? "chat.closed" : "chat.not_waiting");
    }
    announceAfterCommit(tx, actor.tenantId);
    await postMessage(tx, s, claimed, {
      author: "system",
      code: "accepted",
      text: noticeText("accepted", claimed.locale, { name: actor.name }),
    });
    return claimed;
  });
}
