import type { Services } from "../../../platform/context.js";
import { type ConversationRow, setTyping } from "../chat.repository.js";
import { announceChatChange } from "../chat-bus.js";

// Someone is typing: a moment on the conversation, never a message. Clients send it at most every
// couple of seconds while typing; streams show it for a few seconds after the last one.
export async function markTyping(
  s: Services,
  conv: ConversationRow,
  side: "customer" | "agent",
): Promise<void> {
  if (conv.status === "closed") return;
  await setTyping(s.db, conv.tenantId, conv.id, side, s.clock.now());
  announceChatChange(conv.tenantId);
}
