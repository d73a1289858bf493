import { z } from "@hono/zod-openapi";

// The WeChat Official Account's settings and followers: the server's route schemas (with their
// OpenAPI names) and the web app's types (imported as types only).

const ZMode = z.enum(["plain", "compatible", "safe"]);

// Token and key are write-only: left out (or blank), the stored value is kept; the key is cleared
// with null. Messages naming a catalogue code are translated per field.
export const ZWechatAccountInput = z
  .object({
    appId: z.string().trim().min(1).max(64),
    originalId: z.string().trim().min(1).max(64),
    token: z
      .union([z.literal(""), z.string().regex(/^[A-Za-z0-9]{3,32}$/, "wechat.invalid_token")])
      .optional()
      .openapi({
        description:
          "The callback Token: 3–32 letters or digits, as the platform requires. Left out or blank: the stored one is kept",
      }),
    encodingAesKey: z
      .union([z.literal(""), z.string().regex(/^[A-Za-z0-9+/]{43}$/, "wechat.invalid_aes_key")])
      .nullable()
      .optional()
      .openapi({ description: "43 characters. Left out or blank: the stored key is kept; null clears it" }),
    mode: ZMode,
    templates: z
      .object({
        status: z.string().trim().min(1).max(64).optional(),
        visit: z.string().trim().min(1).max(64).optional(),
      })
      .default({}),
  })
  .openapi("WechatAccountInput");
export type WechatAccountInput = z.input<typeof ZWechatAccountInput>;

export const ZWechatAccount = z
  .object({
    appId: z.string(),
    originalId: z.string(),
    mode: ZMode,
    hasToken: z.boolean(),
    hasAesKey: z.boolean(),
    templates: z.object({ status: z.string().optional(), visit: z.string().optional() }),
    callbackPath: z.string(),
    /** Absolute when the server knows its public address (AFTERCARE_PUBLIC_URL); else null. */
    callbackUrl: z.string().nullable(),
  })
  .openapi("WechatAccount");
export type WechatAccount = z.infer<typeof ZWechatAccount>;

export const ZWechatFollower = z
  .object({
    openId: z.string(),
    customerId: z.string().nullable(),
    /** The bound customer's name (null for a visitor). */
    customerName: z.string().nullable(),
    subscribed: z.boolean(),
    boundBy: z.enum(["code", "staff"]).nullable(),
    boundAt: z.string().nullable(),
    /** When the user last wrote to the account (null: never wrote, e.g. linked by staff first). */
    lastMessageAt: z.string().nullable(),
  })
  .openapi("WechatFollower");
export type WechatFollower = z.infer<typeof ZWechatFollower>;

export const ZLinkFollower = z.object({
  openId: z.string().min(1).max(64),
  /** null unlinks. */
  customerId: z.string().min(1).max(100).nullable(),
});
