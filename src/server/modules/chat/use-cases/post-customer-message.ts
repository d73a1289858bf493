import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { answerQuestion } from "../../knowledge/index.js";
import { findConversation, type MessageRow, updateConversation } from "../chat.repository.js";
import type { TriedArticle } from "../chat.tables.js";
import { noticeText } from "../chat-texts.js";
import { asksForPerson } from "./asks-for-person.js";
import { handOff } from "./hand-off.js";
import { postMessage } from "./post-message.js";

// Engine command: the customer says something. While the assistant has the conversation it answers
// first (its answer and the article's link), asks which product when two tie, and hands off when
// unsure or asked for a person. Returns the customer's message and every reply it produced.
export async function postCustomerMessage(
  s: Services,
  tenantId: string,
  conversationId: string,
  text: string,
): Promise<MessageRow[]> {
  const { conv, posted } = await s.db.transaction(async (tx) => {
    const conv = await findConversation(tx, tenantId, conversationId, true);
    if (!conv) throw new AppError("chat.not_found");
    if (conv.status === "closed") throw new AppError("chat.closed");
    const posted = await postMessage(tx, s, conv, { author: "customer", text });
    // Typing stops with the message.
    await updateConversation(tx, tenantId, conv.id, { customerTypingAt: null }, s.clock.now());
    return { conv, posted };
  });
  if (conv.status !== "bot") return [posted];
  if (asksForPerson(text))
    return [posted, ...(await handOff(s, tenantId, conv.id, "asked_for_person", true))];
  const answer = await answerQuestion(
    s,
    { tenantId, audience: "public", customerId: conv.customerId },
    text,
    conv.locale,
  );
  if (answer.handoff)
    return [posted, ...(await handOff(s, tenantId, conv.id, answer.reason ?? "unsure", true))];
  const replies = await s.db.transaction(async (tx) => {
    const current = await findConversation(tx, tenantId, conv.id, true);
    // An agent may have taken over meanwhile: the assistant keeps quiet then.
    if (current?.status !== "bot") return [];
    let tried: TriedArticle[] = [];
    let message: Parameters<typeof postMessage>[3];
    if (answer.answer) {
      const article = { id: answer.answer.articleId, title: answer.answer.title };
      tried = [article];
      message = { author: "assistant", text: answer.answer.text, article };
    } else {
      const options = answer.clarify?.options ?? [];
      tried = options.map((o) => ({ id: o.articleId, title: o.title }));
      message = {
        author: "assistant",
        code: "clarify",
        text: noticeText("clarify", current.locale, {
          options: options.map((o) => `「${o.title}」`).join(current.locale === "en" ? " or " : "还是"),
        }),
      };
    }
    const known = new Set(current.articlesTried.map((a) => a.id));
    const updated = await updateConversation(
      tx,
      tenantId,
      current.id,
      { articlesTried: [...current.articlesTried, ...tried.filter((a) => !known.has(a.id))] },
      s.clock.now(),
    );
    return [await postMessage(tx, s, updated, message, true)];
  });
  return [posted, ...replies];
}
