import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz, updatedAt } from "../../../platform/db/columns.js";

/** Which template (the platform's template id) carries which notice. */
export type WechatTemplates = { status?: string; visit?: string };

// The tenant's Official Account as configured on the platform's developer page: the callback URL
// is /api/v1/channels/wechat/<tenant slug>. Without an EncodingAESKey only plaintext is accepted;
// `safe` refuses plaintext messages.
export const wechatAccounts = pgTable("wechat_accounts", {
  tenantId: tenantId().primaryKey(),
  appId: text("app_id").notNull(),
  /** The account's original id (gh_…), the ToUserName of every inbound message. */
  originalId: text("original_id").notNull(),
  token: text("token").notNull(),
  encodingAesKey: text("encoding_aes_key"),
  mode: text("mode").notNull().$type<"plain" | "compatible" | "safe">(),
  templates: jsonb("templates").$type<WechatTemplates>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// Replay protection and the platform's retries: a nonce (with its timestamp) is accepted once, a
// message id is handled once. Rows older than the timestamp window are deleted by a schedule.
export const wechatSeen = pgTable(
  "wechat_seen",
  {
    tenantId: tenantId(),
    key: text("key").notNull(),
    seenAt: tstz("seen_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), index("wechat_seen_time_idx").on(t.seenAt)],
);

// Who is behind an OpenID: a customer once bound (by phone + one-time code, or linked by staff),
// otherwise a visitor. The pending phone and the code's hash live here while a binding is asked.
export const wechatFollowers = pgTable(
  "wechat_followers",
  {
    tenantId: tenantId(),
    openId: text("open_id").notNull(),
    customerId: text("customer_id"),
    subscribed: boolean("subscribed").notNull().default(true),
    boundBy: text("bound_by").$type<"code" | "staff">(),
    boundAt: tstz("bound_at"),
    pendingCustomerId: text("pending_customer_id"),
    codeHash: text("code_hash"),
    codeExpiresAt: tstz("code_expires_at"),
    codeAttempts: integer("code_attempts").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.openId] }),
    index("wechat_followers_tenant_customer_idx").on(t.tenantId, t.customerId),
  ],
);

// What the local WeChatApi would have sent (customer-service and template messages): the demo's
// and the simulator's view of the platform. The idempotency key makes a retried send a no-op.
export const wechatLocalOutbox = pgTable(
  "wechat_local_outbox",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    openId: text("open_id").notNull(),
    kind: text("kind").notNull().$type<"custom" | "template">(),
    idempotencyKey: text("idempotency_key").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("wechat_local_outbox_key_idx").on(t.tenantId, t.idempotencyKey),
    index("wechat_local_outbox_open_idx").on(t.tenantId, t.openId, t.createdAt),
  ],
);
