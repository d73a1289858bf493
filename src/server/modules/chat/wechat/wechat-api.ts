import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { wechatLocalOutbox } from "./wechat.tables.js";

// The platform's outbound interface as this service desk uses it. A real implementation calls
// api.weixin.qq.com (cgi-bin/token, message/custom/send, message/template/send) with the cached
// access token; it must honour `idempotencyKey` (the platform has none, so it keeps its own record
// of keys it sent). Only the local implementation ships: no call leaves this machine.
type CustomMessage = { tenantId: string; openId: string; text: string; idempotencyKey: string };
type TemplateMessage = {
  tenantId: string;
  openId: string;
  templateId: string;
  /** The detail page the message opens (our confirm link, the portal's ticket page). */
  url?: string;
  data: Record<string, { value: string }>;
  idempotencyKey: string;
};
export interface WeChatApi {
  readonly name: string;
  accessToken(tenantId: string): Promise<string>;
  sendCustomMessage(m: CustomMessage): Promise<{ msgId: string }>;
  sendTemplateMessage(m: TemplateMessage): Promise<{ msgId: string }>;
}

// Records what it would send in `wechat_local_outbox`, where the simulator and the demo read it.
// A second send with the same key records nothing and answers the first one's id.
export function localWeChatApi(db: Db): WeChatApi {
  const record = async (
    m: { tenantId: string; openId: string; idempotencyKey: string },
    kind: "custom" | "template",
    payload: Record<string, unknown>,
  ) => {
    const id = newId("wxo");
    await db
      .insert(wechatLocalOutbox)
      .values({ id, tenantId: m.tenantId, openId: m.openId, kind, idempotencyKey: m.idempotencyKey, payload })
      .onConflictDoNothing();
    const [row] = await db
      .select({ id: wechatLocalOutbox.id })
      .from(wechatLocalOutbox)
      .where(
        and(
          eq(wechatLocalOutbox.tenantId, m.tenantId),
          eq(wechatLocalOutbox.idempotencyKey, m.idempotencyKey),
        ),
      );
    return { msgId: row?.id ?? id };
  };
  return {
    name: "local",
    async accessToken(tenantId) {
      return `local-${tenantId}`;
    },
    sendCustomMessage: (m) =>
      record(m, "custom", { touser: m.openId, msgtype: "text", text: { content: m.text } }),
    sendTemplateMessage: (m) =>
      record(m, "template", { touser: m.openId, template_id: m.templateId, url: m.url, data: m.data }),
  };
}

/** What the local platform would have delivered to an OpenID, oldest first (after `after`). */
export async function locallySent(db: Db, tenantId: string, openId: string, after = new Date(0)) {
  return db
    .select({
      id: wechatLocalOutbox.id,
      kind: wechatLocalOutbox.kind,
      payload: wechatLocalOutbox.payload,
      createdAt: wechatLocalOutbox.createdAt,
    })
    .from(wechatLocalOutbox)
    .where(
      and(
        eq(wechatLocalOutbox.tenantId, tenantId),
        eq(wechatLocalOutbox.openId, openId),
        gt(wechatLocalOutbox.createdAt, after),
      ),
    )
    .orderBy(asc(wechatLocalOutbox.createdAt), asc(wechatLocalOutbox.id));
}
