import type { ErrorEntry } from "./entry.js";

export const WEBHOOKS_ERRORS = {
  "webhooks.not_found": { status: 404, en: "No such webhook.", zh: "没有这个 Webhook。" },
  "webhooks.delivery_not_found": {
    status: 404,
    en: "No such webhook delivery.",
    zh: "没有这条 Webhook 投递记录。",
  },
  "webhooks.url_not_allowed": {
    status: 400,
    en: "The URL must be http(s) and point to a public address (not loopback or a private network).",
    zh: "URL 必须是 http(s)，且指向公网地址（不能是本机或内网地址）。",
  },
  "webhooks.disabled": {
    status: 422,
    en: "This webhook is turned off; turn it on before sending to it.",
    zh: "该 Webhook 已停用，请先启用再发送。",
  },
} as const satisfies Record<string, ErrorEntry>;
