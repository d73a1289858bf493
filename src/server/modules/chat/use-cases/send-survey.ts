import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { chatSurveyLink } from "../../surveys/index.js";
import { findConversation, type MessageRow } from "../chat.repository.js";
import { agentReply } from "./agent-reply.js";

// The agent who has the chat sends the customer a personal survey link in it: surveys issues the
// link (one answer, channel "chat", counted in its results), the chat posts its text in the
// conversation's language. A visitor not yet known as a customer has nobody to invite.
export async function sendSurvey(s: Services, actor: Actor, id: string): Promise<MessageRow> {
  const conv = await findConversation(s.db, actor.tenantId, id);
  if (!conv) throw new AppError("chat.not_found");
  if (conv.status === "closed") throw new AppError("chat.closed");
  if (conv.status !== "assigned" || conv.assigneeId !== actor.userId) throw new AppError("chat.not_yours");
  if (!conv.customerId) throw new AppError("chat.survey_needs_customer");
  const link = await chatSurveyLink(
    s,
    { tenantId: actor.tenantId, userId: actor.userId },
    { customerId: conv.customerId, ...(conv.ticketId ? { ticketRef: conv.ticketId } : {}) },
  );
  return agentReply(s, actor, id, link.text[conv.locale]);
}
