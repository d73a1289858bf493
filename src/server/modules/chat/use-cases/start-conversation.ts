import { createHash, randomBytes } from "node:crypto";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { type ConversationRow, insertConversation, tenantBySlug } from "../chat.repository.js";
import type { ChatChannel } from "../chat.tables.js";

export type StartInput = {
  tenantId: string;
  channel: ChatChannel;
  locale: "zh-CN" | "en";
  /** A known customer (portal, or a WeChat user bound to one). */
  customerId?: string | null;
  /** Anonymous visitors: who they say they are. */
  visitorName?: string | null;
  visitorPhone?: string | null;
  /** The channel's id of the person (WeChat openId). */
  externalId?: string | null;
};

export const hashVisitorToken = (token: string) => createHash("sha256").update(token).digest("hex");

// Engine command: a new conversation with the assistant. A visitor without a customer record gets
// a token that proves, on every later call, that they are the one who started it.
export async function startConversation(
  s: Services,
  input: StartInput,
): Promise<{ conversation: ConversationRow; visitorToken: string | null }> {
  const visitorToken = input.customerId ? null : randomBytes(24).toString("base64url");
  const now = s.clock.now();
  const conversation = await insertConversation(s.db, {
    id: newId("chc"),
    tenantId: input.tenantId,
    channel: input.channel,
    status: "bot",
    customerId: input.customerId ?? null,
    visitorName: input.visitorName ?? null,
    visitorPhone: input.visitorPhone ?? null,
    externalId: input.externalId ?? null,
    visitorTokenHash: visitorToken ? hashVisitorToken(visitorToken) : null,
    locale: input.locale,
    createdAt: now,
    updatedAt: now,
  });
  return { conversation, visitorToken };
}

export async function tenantForWidget(s: Services, slug: string | undefined) {
  if (!slug) throw new AppError("chat.tenant_required");
  const tenant = await tenantBySlug(s.db, slug);
  if (!tenant) throw new AppError("chat.unknown_tenant");
  return tenant;
}
