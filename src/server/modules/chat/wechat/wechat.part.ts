import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { subscribe } from "../../../platform/module.js";
import { tenantSettings } from "../../tenancy/index.js";
import { TICKET_CHANGED } from "../../tickets/index.js";
import { provideChatDelivery } from "../chat-outbound.js";
import { TIMESTAMP_WINDOW_S } from "./callback-envelope.js";
import { wechatTextOf } from "./chat-bridge.js";
import { bindCodeJob } from "./use-cases/bind-follower.js";
import { queueCustomMessage, sendCustomMessageJob } from "./use-cases/send-custom-message.js";
import { onTicketChangedForWechat, sendTemplateNoticeJob } from "./use-cases/send-template-notice.js";
import { forgetSeenBefore } from "./wechat.repository.js";
import { registerWechatRoutes } from "./wechat.routes.js";

// The WeChat channel's share of the chat module's definition (chat.module.ts spreads it in).

export function registerWechat(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerWechatRoutes(app, s);
  // What the chat says to a WeChat user (assistant, agent, system) goes out as a customer-service
  // message; words said during the user's own callback wait out the passive window first.
  provideChatDelivery("wechat", async (tx, conversation, message, inReplyToCustomer) => {
    if (!conversation.externalId) return;
    const slug = (await tenantSettings(tx, conversation.tenantId))?.slug ?? "";
    await queueCustomMessage(tx, {
      tenantId: conversation.tenantId,
      openId: conversation.externalId,
      text: wechatTextOf(message, s, slug),
      key: message.id,
      during: inReplyToCustomer ? "callback" : "later",
      now: s.clock.now(),
    });
  });
}

export const wechatJobs = [bindCodeJob, sendCustomMessageJob, sendTemplateNoticeJob];

export const wechatSubscribers = [
  subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketChangedForWechat(tx, change)),
];

// Nonces and message ids only matter within the timestamp window (the platform retries within
// seconds): an hour's margin, then they go.
export const wechatSchedules = [
  {
    name: "wechat.forget_seen",
    spec: "17 * * * *",
    run: async ({ tx, now }: { tx: Parameters<typeof forgetSeenBefore>[0]; now: Date }) =>
      forgetSeenBefore(tx, new Date(now.getTime() - (TIMESTAMP_WINDOW_S + 3600) * 1000)),
  },
];
