import { z } from "@hono/zod-openapi";

export {
  ZLinkFollower,
  ZWechatAccount,
  ZWechatAccountInput,
  ZWechatFollower,
} from "../../../../shared/api/wechat.js";

export const ZCallbackQuery = z.object({
  signature: z.string().max(64).optional(),
  timestamp: z.string().max(20).optional(),
  nonce: z.string().max(64).optional(),
  echostr: z.string().max(256).optional(),
  encrypt_type: z.string().max(16).optional(),
  msg_signature: z.string().max(64).optional(),
  openid: z.string().max(64).optional(),
});

export const ZSimulatorQuery = ZCallbackQuery.extend({
  openId: z.string().min(1).max(64),
  after: z.string().datetime().optional(),
});

export const ZLocallySent = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["custom", "template"]),
        payload: z.record(z.string(), z.unknown()).openapi({ type: "object", additionalProperties: true }),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("WechatLocallySent");
