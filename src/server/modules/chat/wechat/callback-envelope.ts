import { randomBytes } from "node:crypto";
import { AppError } from "../../../platform/errors.js";
import type { WechatAccountRow } from "./wechat.repository.js";
import { WechatCryptoError, wechatCipher } from "./wechat-crypto.js";
import { readInbound, type WechatInbound } from "./wechat-message.js";
import { callbackSignature, signatureMatches } from "./wechat-signature.js";
import { buildWechatXml, MalformedXml, parseWechatXml } from "./wechat-xml.js";

export type CallbackQuery = {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  encrypt_type?: string;
  msg_signature?: string;
};

// A signed request older or newer than this is refused, so a captured one cannot be replayed
// later; within it each nonce is accepted once (the caller records it).
export const TIMESTAMP_WINDOW_S = 300;

type Account = Pick<WechatAccountRow, "token" | "appId" | "encodingAesKey" | "mode" | "originalId">;

/** The URL signature every callback carries (also in safe mode); throws 401 when it does not check. */
export function checkSignature(
  account: Account,
  q: CallbackQuery,
  now: Date,
): { timestamp: string; nonce: string } {
  const { timestamp, nonce } = q;
  if (!timestamp || !nonce || !/^\d{1,12}$/.test(timestamp)) throw new AppError("wechat.bad_signature");
  if (!signatureMatches(callbackSignature([account.token, timestamp, nonce]), q.signature))
    throw new AppError("wechat.bad_signature");
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TIMESTAMP_WINDOW_S)
    throw new AppError("wechat.stale_request");
  return { timestamp, nonce };
}

function parse(xml: string): Record<string, string> {
  try {
    return parseWechatXml(xml);
  } catch (e) {
    if (e instanceof MalformedXml) throw new AppError("wechat.malformed_message");
    throw e;
  }
}

/** The message inside a signed POST body: plaintext, or decrypted and checked in safe mode. */
export function openEnvelope(
  account: Account,
  q: CallbackQuery,
  body: string,
): { inbound: WechatInbound; encrypted: boolean } {
  const outer = parse(body);
  const encrypted = q.encrypt_type === "aes";
  let fields = outer;
  if (encrypted) {
    const { Encrypt: payload } = outer;
    if (!account.encodingAesKey || !payload) throw new AppError("wechat.decrypt_failed");
    const expected = callbackSignature([account.token, q.timestamp ?? "", q.nonce ?? "", payload]);
    if (!signatureMatches(expected, q.msg_signature)) throw new AppError("wechat.bad_signature");
    try {
      fields = parse(wechatCipher(account.encodingAesKey, account.appId).decrypt(payload));
    } catch (e) {
      if (e instanceof WechatCryptoError) throw new AppError("wechat.decrypt_failed");
      throw e;
    }
  } else if (account.mode === "safe") {
    throw new AppError("wechat.plaintext_refused");
  }
  try {
    return { inbound: readInbound(fields), encrypted };
  } catch (e) {
    if (e instanceof MalformedXml) throw new AppError("wechat.malformed_message");
    throw e;
  }
}

/** A passive text reply, encrypted and signed like the request when it came encrypted. */
export function sealReply(account: Account, to: string, text: string, encrypted: boolean, now: Date): string {
  const createTime = Math.floor(now.getTime() / 1000);
  const xml = buildWechatXml({
    ToUserName: to,
    FromUserName: account.originalId,
    CreateTime: createTime,
    MsgType: "text",
    Content: text,
  });
  if (!encrypted || !account.encodingAesKey) return xml;
  const payload = wechatCipher(account.encodingAesKey, account.appId).encrypt(xml);
  const nonce = randomBytes(8).toString("hex");
  const timestamp = String(createTime);
  return buildWechatXml({
    Encrypt: payload,
    MsgSignature: callbackSignature([account.token, timestamp, nonce, payload]),
    TimeStamp: createTime,
    Nonce: nonce,
  });
}
