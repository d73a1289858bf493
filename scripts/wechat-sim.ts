// The WeChat platform, played locally: signs (and with --encrypt, encrypts) a message the way the
// Official Account platform does, posts it to the callback, prints the passive reply, then the
// customer-service and template messages the local WeChatApi recorded for this OpenID.
//
//   npx tsx scripts/wechat-sim.ts "洗衣机E3"
//   npx tsx scripts/wechat-sim.ts --encrypt --openid o_demo_li "人工"
//   npx tsx scripts/wechat-sim.ts --event subscribe
//
// Defaults match the demo tenant (README "WeChat"); --url, --tenant, --token, --aes-key,
// --app-id and --original-id point it elsewhere.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import {
  DEMO_WECHAT,
} from "../src/server/modules/chat/wechat/demo/wechat-demo-account.js";
import { wechatCipher } from "../src/server/modules/chat/wechat/wechat-crypto.js";
import { callbackSignature } from "../src/server/modules/chat/wechat/wechat-signature.js";
import { buildWechatXml, parseWechatXml } from "../src/server/modules/chat/wechat/wechat-xml.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string", default: process.env.AFTERCARE_URL ?? "http://127.0.0.1:3000" },
    tenant: { type: "string", default: "demo" },
    token: { type: "string", default: DEMO_WECHAT.token },
    "aes-key": { type: "string", default: DEMO_WECHAT.encodingAesKey },
    "app-id": { type: "string", default: DEMO_WECHAT.appId },
    "original-id": { type: "string", default: DEMO_WECHAT.originalId },
    openid: { type: "string", default: "o_sim_visitor" },
    encrypt: { type: "boolean", default: false },
    event: { type: "string" },
    wait: { type: "string", default: "7", description: "seconds to wait for customer-service messages" },
  },
});

const now = () => Math.floor(Date.now() / 1000);
const text = positionals.join(" ");
if (!text && !values.event) {
  process.stderr.write('usage: npx tsx scripts/wechat-sim.ts [--encrypt] [--openid ID] "message" | --event subscribe\n');
  process.exit(2);
}

function signedQuery(extra: Record<string, string> = {}) {
  const timestamp = String(now());
  const nonce = randomBytes(6).toString("hex");
  const signature = callbackSignature([values.token, timestamp, nonce]);
  return { timestamp, nonce, signature, ...extra };
}

async function main() {
  const base = `${values.url.replace(/\/+$/, "")}/api/v1/channels/wechat/${encodeURIComponent(values.tenant)}`;
  const started = new Date();
  const message = buildWechatXml({
    ToUserName: values["original-id"],
    FromUserName: values.openid,
    CreateTime: now(),
    ...(values.event
      ? { MsgType: "event", Event: values.event }
      : { MsgType: "text", Content: text, MsgId: String(Date.now()) }),
  });
  const cipher = wechatCipher(values["aes-key"], values["app-id"]);
  let body = message;
  const q = signedQuery();
  let query: Record<string, string> = q;
  if (values.encrypt) {
    const encrypted = cipher.encrypt(message);
    body = buildWechatXml({ ToUserName: values["original-id"], Encrypt: encrypted });
    query = {
      ...q,
      encrypt_type: "aes",
      msg_signature: callbackSignature([values.token, q.timestamp, q.nonce, encrypted]),
    };
  }
  const res = await fetch(`${base}?${new URLSearchParams(query)}`, {
    method: "POST",
    headers: { "content-type": "text/xml" },
    body,
  });
  const answer = await res.text();
  if (!res.ok) {
    process.stdout.write(`callback answered ${res.status}: ${answer}\n`);
    process.exit(1);
  }
  let reply = answer;
  if (answer !== "success") {
    const fields = parseWechatXml(answer);
    if (fields.Encrypt) {
      const expected = callbackSignature([values.token, fields.TimeStamp ?? "", fields.Nonce ?? "", fields.Encrypt]);
      if (expected !== fields.MsgSignature) throw new Error("the reply's signature does not check");
      reply = parseWechatXml(cipher.decrypt(fields.Encrypt)).Content ?? "";
    } else reply = fields.Content ?? "";
  }
  process.stdout.write(`passive reply: ${reply === "success" ? "(none: success)" : `\n${reply}`}\n`);

  // The platform delivers customer-service messages on its own: poll what the local API recorded.
  const deadline = Date.now() + Number(values.wait) * 1000;
  const shown = new Set<string>();
  do {
    const sent = await fetch(
      `${base}/sent?${new URLSearchParams(signedQuery({ openId: values.openid, after: started.toISOString() }))}`,
    );
    const { items } = (await sent.json()) as { items: { id: string; kind: string; payload: Record<string, unknown> }[] };
    for (const item of items.filter((i) => !shown.has(i.id))) {
      shown.add(item.id);
      const content =
        item.kind === "custom"
          ? (item.payload.text as { content?: string } | undefined)?.content
          : JSON.stringify(item.payload.data);
      process.stdout.write(`${item.kind} message: ${content}\n`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  } while (Date.now() < deadline);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
