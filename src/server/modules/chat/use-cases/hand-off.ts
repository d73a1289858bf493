import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { anyAgentOnline, findConversation, type MessageRow, updateConversation } from "../chat.repository.js";
import { noticeText } from "../chat-texts.js";
import { announceAfterCommit, postMessage } from "./post-message.js";

export type HandoffReason = "asked_for_person" | "no_answer" | "unsure";

// Engine command: the assistant steps aside. The conversation enters the agent queue (its
// transcript and the articles already tried go with it); with nobody online the customer is told
// they may leave a message instead. Idempotent: a conversation past the assistant stays as it is.
export async function handOff(
  s: Services,
  tenantId: string,
  conversationId: string,
  reason: HandoffReason,
  inReplyToCustomer = false,
): Promise<MessageRow[]> {
  return s.db.transaction(async (tx) =>
    handOffIn(tx, s, tenantId, conversationId, reason, inReplyToCustomer),
  );
}

async function handOffIn(
  tx: Db,
  s: Services,
  tenantId: string,
  conversationId: string,
  reason: HandoffReason,
  inReplyToCustomer: boolean,
): Promise<MessageRow[]> {
  const conv = await findConversation(tx, tenantId, conversationId, true);
  if (conv?.status !== "bot") return [];
  const now = s.clock.now();
  const online = await anyAgentOnline(tx, tenantId);
  const updated = await updateConversation(
    tx,
    tenantId,
    conv.id,
    { status: "waiting", waitingSince: now, handoffReason: reason },
    now,
  );
  announceAfterCommit(tx, tenantId);
  const code = online ? "handoff" : "offline";
  return [
    await postMessage(
      tx,
      s,
      updated,
      { author: "system", code, text: noticeText(code, updated.locale) },
      inReplyToCustomer,
    ),
  ];
}
