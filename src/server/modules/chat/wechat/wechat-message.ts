import { MalformedXml } from "./wechat-xml.js";

// What the Official Account delivers to the callback, reduced to what the service desk uses.
// Anything else (voice, location, menu clicks…) is `other`: acknowledged, not answered.
type Common = {
  /** Our account's original id (gh_…). */
  toUser: string;
  /** The customer's OpenID for our account. */
  openId: string;
  createTime: number;
  /** The platform's message id, or for events (which have none) sender + time + event. */
  dedupeKey: string;
};

export type WechatInbound = Common &
  (
    | { type: "text"; content: string }
    | { type: "image"; picUrl: string; mediaId: string }
    | { type: "subscribe" }
    | { type: "unsubscribe" }
    | { type: "other"; msgType: string }
  );

export function readInbound(f: Record<string, string>): WechatInbound {
  const { ToUserName: toUser, FromUserName: openId, MsgType: msgType } = f;
  const createTime = Number(f.CreateTime);
  if (!toUser || !openId || !msgType || !Number.isInteger(createTime))
    throw new MalformedXml("ToUserName, FromUserName, CreateTime and MsgType are required");
  const event = msgType === "event" ? (f.Event ?? "").toLowerCase() : "";
  const dedupeKey = f.MsgId ? `msg:${f.MsgId}` : `ev:${openId}:${createTime}:${event || msgType}`;
  const common = { toUser, openId, createTime, dedupeKey };
  if (msgType === "text") return { ...common, type: "text", content: f.Content ?? "" };
  if (msgType === "image")
    return { ...common, type: "image", picUrl: f.PicUrl ?? "", mediaId: f.MediaId ?? "" };
  if (event === "subscribe" || event === "unsubscribe") return { ...common, type: event };
  return { ...common, type: "other", msgType: event ? `event:${event}` : msgType };
}
