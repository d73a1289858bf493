import { sql } from "drizzle-orm";
import type { Channel } from "../../../../shared/domain.js";
import type { Db } from "../../../platform/db/client.js";
import { regionName } from "../reports/key-names.js";

// What an alert is about, named in both languages when it is raised: the alert outlives renamed or
// deleted products, and readers (inbox, bell, mail) each pick their own language.
export type Label = { zh: string; en: string };

// The web app's channel names (src/web/i18n: channel.*), for the mail and stored labels.
const CHANNEL_NAMES: Record<Channel, Label> = {
  web: { zh: "网页", en: "Web" },
  portal: { zh: "客户门户", en: "Portal" },
  email: { zh: "邮件", en: "E-mail" },
  phone: { zh: "电话", en: "Phone" },
  sms: { zh: "短信", en: "SMS" },
  wechat: { zh: "微信", en: "WeChat" },
  social: { zh: "社交媒体", en: "Social media" },
  dealer: { zh: "经销商", en: "Dealer" },
  api: { zh: "API", en: "API" },
  chat: { zh: "在线客服", en: "Chat" },
};

/** A function naming one key of a dimension (product, team, channel, region; a model by its id). */
export async function alertLabels(
  db: Db,
  tenantId: string,
): Promise<(dimension: string, key: string) => Label> {
  const r = (await db.execute(sql`
    select id, name, name as name_en from teams where tenant_id = ${tenantId}
    union all select id, name, coalesce(name_en, name) from products where tenant_id = ${tenantId}`)) as unknown as {
    rows: { id: string; name: string; name_en: string }[];
  };
  const names = new Map(r.rows.map((x) => [x.id, { zh: x.name, en: x.name_en }]));
  return (dimension, key) => {
    if (dimension === "channel") return CHANNEL_NAMES[key as Channel] ?? { zh: key, en: key };
    if (dimension === "region") return { zh: regionName(key, false), en: regionName(key, true) };
    return names.get(key) ?? { zh: key, en: key };
  };
}
