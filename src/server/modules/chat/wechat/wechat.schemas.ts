import { z } from "@hono/zod-openapi";

export const ZWechatAccountInput = z.object({
  appId: z.string().trim().min(1).max(64),
  originalId: z.string().trim().min(1).max(64),
  token: z
    .string()
    .regex(/^[A-Za-z0-9]{3,32}$/)
    .openapi({ description: "The callback Token: 3–32 letters or digits, as the platform requires" }),
  encodingAesKey: z.string().nullable().optional(),
  mode: z.enum(["plain", "compatible", "safe"]),
  templates: z
    .object({
      status: z.string().trim().min(1).max(64).optional(),
      visit: z.string().trim().min(1).max(64).optional(),
    })
    .default({}),
});

export const ZWechatAccount = z
  .object({
    appId: z.string(),
    originalId: z.string(),
    mode: z.enum(["plain", "compatible", "safe"]),
    hasAesKey: z.boolean(),
    templates: z.object({ status: z.string().optional(), visit: z.string().optional() }),
    callbackPath: z.string(),
  })
  .openapi("WechatAccount");

export const ZWechatFollower = z
  .object({
    openId: z.string(),
    customerId: z.string().nullable(),
    subscribed: z.boolean(),
    boundBy: z.enum(["code", "staff"]).nullable(),
    boundAt: z.string().nullable(),
  })
  .openapi("WechatFollower");

export const ZLinkFollower = z.object({
  openId: z.string().min(1).max(64),
  /** null unlinks. */
  customerId: z.string().min(1).max(100).nullable(),
});

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
