import type { Locale } from "../../../../../shared/i18n/locale.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import { type CallbackQuery, checkSignature, openEnvelope, sealReply } from "../callback-envelope.js";
import { type ChatReply, chatTurn } from "../chat-bridge.js";
import { accountBySlug, firstSight, touchFollower } from "../wechat.repository.js";
import type { WechatInbound } from "../wechat-message.js";
import { wechatText } from "../wechat-texts.js";
import { bindingReply } from "./bind-follower.js";
import { markAnsweredPassively } from "./send-custom-message.js";

// The platform gives up on a callback after 5 s (and retries it). Whatever the chat says within
// this budget goes back in the HTTP answer itself; anything later is sent as a customer-service
// message (send-custom-message.ts), so the customer gets every word either way.
const PASSIVE_BUDGET_MS = 3_500;

async function account(s: Services, slug: string) {
  const found = await accountBySlug(s.db, slug);
  if (!found) throw new AppError("wechat.unknown_account");
  return found;
}

/** The platform's URL check when the callback is configured: echo `echostr` if the signature holds. */
export async function verifyCallbackUrl(s: Services, slug: string, q: CallbackQuery): Promise<string> {
  const { account: acc } = await account(s, slug);
  checkSignature(acc, q, s.clock.now());
  if (!q.echostr) throw new AppError("wechat.malformed_message");
  return q.echostr;
}

/** A message from the platform: verified, deduplicated, handled; the answer body (XML or "success"). */
export async function receiveCallback(
  s: Services,
  slug: string,
  q: CallbackQuery,
  body: string,
): Promise<string> {
  const { account: acc, locale: tenantLocale } = await account(s, slug);
  const now = s.clock.now();
  const { timestamp, nonce } = checkSignature(acc, q, now);
  const { inbound, encrypted } = openEnvelope(acc, q, body);
  const tenantId = acc.tenantId;
  // Only a verified request may record its nonce; the platform's retries of a slow message come
  // with a new nonce and the same MsgId, which is handled once and answered "success" after.
  if (!(await firstSight(s.db, tenantId, `nonce:${timestamp}:${nonce}`)))
    throw new AppError("wechat.replayed");
  if (!(await firstSight(s.db, tenantId, inbound.dedupeKey))) return "success";

  const reply = await handle(s, { tenantId, slug }, inbound, tenantLocale, now);
  if (reply === null) return "success";
  return sealReply(acc, inbound.openId, reply, encrypted, s.clock.now());
}

async function handle(
  s: Services,
  { tenantId, slug }: { tenantId: string; slug: string },
  m: WechatInbound,
  tenantLocale: Locale,
  now: Date,
): Promise<string | null> {
  if (m.type === "unsubscribe") {
    await touchFollower(s.db, tenantId, m.openId, false);
    return null;
  }
  const follower = await touchFollower(s.db, tenantId, m.openId, true);
  if (m.type === "subscribe") return wechatText("welcome", tenantLocale);
  if (m.type === "other") return wechatText("unsupported", tenantLocale);
  if (m.type === "text") {
    const bound = await s.db.transaction((tx) => bindingReply(tx, follower, m.content, tenantLocale, now));
    if (bound !== null) return bound;
  }
  const text = m.type === "text" ? m.content : wechatText("image_received", tenantLocale, { url: m.picUrl });
  return passiveReply(
    s,
    tenantId,
    chatTurn(s, { tenantId, tenantSlug: slug, follower, text, locale: tenantLocale }),
    PASSIVE_BUDGET_MS,
  );
}

// Waits for the chat's replies up to the budget: in time, they are the passive answer (and their
// queued customer-service messages are cancelled); late, "success" now and the queue sends them.
export async function passiveReply(
  s: Services,
  tenantId: string,
  turn: Promise<ChatReply[]>,
  budgetMs: number,
): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), budgetMs);
  });
  const replies = await Promise.race([turn, late]).finally(() => clearTimeout(timer));
  if (replies === "late") {
    // The turn goes on; its failure must not be an unhandled rejection.
    turn.catch((err: unknown) => s.logger.error({ err }, "wechat chat turn failed after the passive window"));
    return null;
  }
  if (replies.length === 0) return null;
  await s.db.transaction((tx) =>
    markAnsweredPassively(
      tx,
      tenantId,
      replies.map((r) => r.key),
    ),
  );
  return replies.map((r) => r.text).join("\n\n");
}
