import type { ErrorEntry } from "./entry.js";

export const WECHAT_ERRORS = {
  "wechat.unknown_account": {
    status: 404,
    en: "No WeChat Official Account is configured at this address.",
    zh: "此地址未配置微信公众号。",
  },
  "wechat.bad_signature": {
    status: 401,
    en: "The WeChat signature is missing or wrong.",
    zh: "微信签名缺失或不正确。",
  },
  "wechat.stale_request": {
    status: 401,
    en: "The request's timestamp is too far from the current time.",
    zh: "请求的时间戳与当前时间相差过大。",
  },
  "wechat.replayed": {
    status: 409,
    en: "This request (timestamp and nonce) was already received.",
    zh: "该请求（时间戳与随机数）已收到过。",
  },
  "wechat.malformed_message": {
    status: 400,
    en: "The message is not valid WeChat XML.",
    zh: "消息不是有效的微信 XML。",
  },
  "wechat.decrypt_failed": {
    status: 400,
    en: "The encrypted message could not be decrypted for this account.",
    zh: "无法为此公众号解密该加密消息。",
  },
  "wechat.plaintext_refused": {
    status: 400,
    en: "This account accepts encrypted messages only (safe mode).",
    zh: "此公众号仅接受加密消息（安全模式）。",
  },
  "wechat.invalid_aes_key": {
    status: 400,
    en: "The EncodingAESKey must be 43 letters, digits, + or /.",
    zh: "EncodingAESKey 必须是 43 位字母、数字、+ 或 /。",
  },
  "wechat.invalid_token": {
    status: 400,
    en: "The Token must be 3–32 letters or digits.",
    zh: "Token 必须是 3–32 位字母或数字。",
  },
  "wechat.token_required": {
    status: 400,
    en: "Enter the Token set on the WeChat developer page.",
    zh: "请填写在微信公众平台开发配置页设置的 Token。",
  },
  "wechat.follower_not_found": {
    status: 404,
    en: "No WeChat user with this OpenID has written to the account.",
    zh: "没有使用此 OpenID 的微信用户联系过本公众号。",
  },
  "wechat.customer_not_found": {
    status: 404,
    en: "The customer does not exist.",
    zh: "客户不存在。",
  },
} satisfies Record<string, ErrorEntry>;
