import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wechatCipher } from "../../src/server/modules/chat/wechat/wechat-crypto.js";
import { callbackSignature } from "../../src/server/modules/chat/wechat/wechat-signature.js";
import { buildWechatXml, parseWechatXml } from "../../src/server/modules/chat/wechat/wechat-xml.js";
import { worldPerFile } from "../fixtures.js";

// The WeChat Official Account callback, driven as the platform drives it: signed (and in safe mode
// encrypted) XML in, a passive reply or "success" out, customer-service and template messages
// recorded by the local platform.
const { h, worlds } = worldPerFile("wx", "wy");
const [w, other] = worlds;
const ACCOUNT = {
  appId: "wxtest000000000001",
  originalId: "gh_test_account",
  token: "TestToken123",
  encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
};
const cipher = wechatCipher(ACCOUNT.encodingAesKey, ACCOUNT.appId);
let path = "";
let otherPath = "";
let msgId = 1000;
let nonceSeq = 0;

// An in-process SMS gateway for the binding codes.
let gateway: Server;
const texts: { to: string; body: string }[] = [];

const nowS = () => Math.floor(h.clock.now().getTime() / 1000);
function signed(extra: Record<string, string> = {}, token = ACCOUNT.token) {
  const timestamp = String(nowS());
  const nonce = `n${++nonceSeq}`;
  return { timestamp, nonce, signature: callbackSignature([token, timestamp, nonce]), ...extra };
}
const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();

function textXml(openId: string, content: string, id = ++msgId) {
  return buildWechatXml({
    ToUserName: ACCOUNT.originalId,
    FromUserName: openId,
    CreateTime: nowS(),
    MsgType: "text",
    Content: content,
    MsgId: String(id),
  });
}

const post = (url: string, query: Record<string, string>, body: string, lang = "en") =>
  h.call("POST", `${url}?${qs(query)}`, { raw: body, headers: { "content-type": "text/xml" }, lang });

/** Sends a plaintext text message; answers the reply's Content (or "success"). */
async function say(openId: string, content: string, url = path) {
  const r = await post(url, signed(), textXml(openId, content));
  expect(r.status).toBe(200);
  return r.body === "success" ? "success" : (parseWechatXml(String(r.body)).Content ?? "");
}

async function runJobsNow() {
  // Words said during a callback wait out the platform's 5 s window: step past it.
  await h.database.query("update jobs set run_at = now() where status = 'queued' and kind like 'wechat.%'");
  while (await h.jobs.tick()) {}
}

async function sent(openId: string) {
  const r = await h.call("GET", `${path}/sent?${qs(signed({ openId }))}`);
  expect(r.status).toBe(200);
  return r.body.items as { kind: string; payload: Record<string, any> }[];
}

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      texts.push(JSON.parse(raw));
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: `sms-${texts.length}` }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, "127.0.0.1", () => r()));
  const addr = gateway.address();
  process.env.AFTERCARE_SMS_WEBHOOK_URL = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/send`;

  for (const [world, set] of [
    [w, (p: string) => (path = p)],
    [other, (p: string) => (otherPath = p)],
  ] as const) {
    const r = await h.call("PUT", "/api/v1/wechat/account", {
      token: world.admin.token,
      body: { ...ACCOUNT, mode: "compatible", templates: { status: "TPL-STATUS", visit: "TPL-VISIT" } },
    });
    expect(r.status).toBe(200);
    expect(r.body).not.toHaveProperty("token");
    set(r.body.callbackPath);
  }
  await w.post("/api/v1/kb/articles", {
    status: "published",
    title: "洗衣机脱水时显示 E3 怎么办",
    body: "E3 表示脱水时衣物不平衡。请把衣物抖散、均匀摆放后重新脱水。若空桶仍报 E3，请联系售后。",
    tags: ["洗衣机", "E3", "脱水"],
    productLine: "washer",
    faultCodes: ["E3"],
  });
});
afterAll(async () => {
  delete process.env.AFTERCARE_SMS_WEBHOOK_URL;
  await new Promise<void>((r) => (gateway ? gateway.close(() => r()) : r()));
});

describe("WeChat callback: signature, safe mode, replay", () => {
  it("echoes echostr on the URL check only when the signature holds", async () => {
    const ok = await h.call("GET", `${path}?${qs(signed({ echostr: "hello-42" }))}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe("hello-42");
    const bad = await h.call("GET", `${path}?${qs(signed({ echostr: "x" }, "WrongToken"))}`, {
      lang: "zh-CN",
    });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toBe("微信签名缺失或不正确。");
  });

  it("answers a plaintext question with the assistant's answer, passively and only once", async () => {
    const reply = await post(path, signed(), textXml("o_visitor_1", "洗衣机E3"));
    expect(reply.status).toBe(200);
    const fields = parseWechatXml(String(reply.body));
    expect(fields).toMatchObject({
      ToUserName: "o_visitor_1",
      FromUserName: ACCOUNT.originalId,
      MsgType: "text",
    });
    expect(fields.Content).toContain("衣物");
    expect(fields.Content).toContain("洗衣机脱水时显示 E3 怎么办");
    // Answered passively: the queued customer-service message stays unsent.
    await runJobsNow();
    expect(await sent("o_visitor_1")).toEqual([]);
  });

  it("decrypts a safe-mode message and encrypts and signs the reply", async () => {
    const inner = textXml("o_visitor_2", "洗衣机E3");
    const encrypted = cipher.encrypt(inner);
    const q = signed();
    const r = await post(
      path,
      {
        ...q,
        encrypt_type: "aes",
        msg_signature: callbackSignature([ACCOUNT.token, q.timestamp, q.nonce, encrypted]),
      },
      buildWechatXml({ ToUserName: ACCOUNT.originalId, Encrypt: encrypted }),
    );
    expect(r.status).toBe(200);
    const outer = parseWechatXml(String(r.body));
    expect(outer.MsgSignature).toBe(
      callbackSignature([ACCOUNT.token, outer.TimeStamp ?? "", outer.Nonce ?? "", outer.Encrypt ?? ""]),
    );
    expect(parseWechatXml(cipher.decrypt(outer.Encrypt ?? "")).Content).toContain("衣物");

    // A message signature that does not match the ciphertext, or a ciphertext for another AppID.
    const q2 = signed();
    const wrong = await post(
      path,
      {
        ...q2,
        encrypt_type: "aes",
        msg_signature: callbackSignature([ACCOUNT.token, q2.timestamp, q2.nonce, "x"]),
      },
      buildWechatXml({ Encrypt: encrypted }),
    );
    expect(wrong.status).toBe(401);
    const foreign = wechatCipher(ACCOUNT.encodingAesKey, "wxsomeoneelse").encrypt(
      textXml("o_visitor_2", "hi"),
    );
    const q3 = signed();
    const refused = await post(
      path,
      {
        ...q3,
        encrypt_type: "aes",
        msg_signature: callbackSignature([ACCOUNT.token, q3.timestamp, q3.nonce, foreign]),
      },
      buildWechatXml({ Encrypt: foreign }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("wechat.decrypt_failed");
  });

  it("refuses a wrong signature, a stale timestamp, a replayed nonce and malformed XML, never with a 500", async () => {
    const body = textXml("o_visitor_3", "hello");
    expect((await post(path, signed({}, "WrongToken"), body)).status).toBe(401);
    expect((await post(path, { timestamp: "1", nonce: "n" }, body)).status).toBe(401);

    h.clock.advance(-10 * 60_000);
    const stale = signed();
    h.clock.advance(10 * 60_000);
    const old = await post(path, stale, body);
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe("wechat.stale_request");

    const q = signed();
    expect((await post(path, q, body)).status).toBe(200);
    const replay = await post(path, q, body, "zh-CN");
    expect(replay.status).toBe(409);
    expect(replay.body.error.message).toBe("该请求（时间戳与随机数）已收到过。");

    for (const bad of [
      "",
      "<xml><Content>unclosed",
      '<!DOCTYPE x [<!ENTITY e "x">]><xml/>',
      "<xml><MsgType>text</MsgType></xml>",
    ]) {
      const r = await post(path, signed(), bad);
      expect(r.status, bad).toBe(400);
    }
    expect((await post("/api/v1/channels/wechat/no-such-tenant", signed(), body)).status).toBe(404);
  });

  it("handles the platform's retry of a slow message once: the retry is answered success", async () => {
    const id = ++msgId;
    const first = await post(path, signed(), textXml("o_visitor_4", "洗衣机E3", id));
    expect(String(first.body)).toContain("衣物");
    const retry = await post(path, signed(), textXml("o_visitor_4", "洗衣机E3", id));
    expect(retry.body).toBe("success");
  });
});

describe("WeChat events and pictures", () => {
  const event = (openId: string, name: string) =>
    buildWechatXml({
      ToUserName: ACCOUNT.originalId,
      FromUserName: openId,
      CreateTime: nowS(),
      MsgType: "event",
      Event: name,
    });

  it("welcomes a new follower, takes a picture into the chat, and writes nothing more after an unfollow", async () => {
    const welcome = await post(path, signed(), event("o_follower", "subscribe"));
    expect(parseWechatXml(String(welcome.body)).Content).toContain("bind <phone number>");
    const picture = await post(
      path,
      signed(),
      buildWechatXml({
        ToUserName: ACCOUNT.originalId,
        FromUserName: "o_follower",
        CreateTime: nowS(),
        MsgType: "image",
        PicUrl: "http://mmbiz.example/pic.jpg",
        MediaId: "m1",
        MsgId: String(++msgId),
      }),
    );
    expect(picture.status).toBe(200);
    const [conv] = await h.database.query<{ id: string }>(
      "select id from chat_conversations where external_id = 'o_follower'",
    );
    const [first] = await h.database.query<{ text: string }>(
      "select text from chat_messages where conversation_id = $1 and author = 'customer'",
      [conv?.id],
    );
    expect(first?.text).toBe("[image] http://mmbiz.example/pic.jpg");
    const bye = await post(path, signed(), event("o_follower", "unsubscribe"));
    expect(bye.body).toBe("success");
    const closed = await h.call("POST", `/api/v1/chat/agent/conversations/${conv?.id}/close`, {
      token: w.agent.token,
    });
    expect(closed.status).toBeLessThan(300);
    await runJobsNow();
    expect((await sent("o_follower")).map((m) => m.payload.text?.content)).not.toContain(
      "The chat has ended. Thank you for contacting us.",
    );
  });
});

describe("WeChat on the chat engine", () => {
  const presence = (status: "online" | "offline") =>
    h.call("PUT", `/api/v1/users/${w.agent.id}/presence`, { token: w.agent.token, body: { status } });

  it("hands off on 人工 with the transcript; the agent's reply goes out as a customer-service message", async () => {
    expect((await presence("online")).status).toBe(200);
    expect(await say("o_visitor_5", "洗衣机E3")).toContain("衣物");
    expect(await say("o_visitor_5", "人工")).toBe(
      "Connecting you with a person; please wait. The agent will see our conversation so far.",
    );
    const queue = await h.call("GET", "/api/v1/chat/queue", { token: w.agent.token });
    expect(queue.status).toBe(200);
    const conv = (
      queue.body.waiting as {
        id: string;
        name: string;
        channel: string;
        handoffReason: string;
        articlesTried: { title: string }[];
      }[]
    ).find((c) => c.name === "WeChat user itor_5");
    expect(conv).toMatchObject({ channel: "wechat", handoffReason: "asked_for_person" });
    expect(conv?.articlesTried.map((a) => a.title)).toEqual(["洗衣机脱水时显示 E3 怎么办"]);
    const accept = await h.call("POST", `/api/v1/chat/agent/conversations/${conv?.id}/accept`, {
      token: w.agent.token,
    });
    expect(accept.status).toBe(200);
    const reply = await h.call("POST", `/api/v1/chat/agent/conversations/${conv?.id}/messages`, {
      token: w.agent.token,
      body: { text: "您好，请问洗衣机型号是？" },
    });
    expect(reply.status).toBeLessThan(300);
    // The customer's next words reach the agent's chat; the assistant keeps quiet.
    expect(await say("o_visitor_5", "XQB80")).toBe("success");
    await runJobsNow();
    const out = (await sent("o_visitor_5")).map((m) => m.payload.text?.content);
    expect(out).toContain("您好，请问洗衣机型号是？");
    // What went back passively is not sent a second time.
    expect(out.filter((t) => String(t).includes("衣物"))).toEqual([]);
    const transcript = await h.call("GET", `/api/v1/chat/agent/conversations/${conv?.id}`, {
      token: w.agent.token,
    });
    expect(JSON.stringify(transcript.body)).toContain("XQB80");
    await presence("offline");
  });

  it("with nobody online a waiting chat takes the next message as an offline message: a ticket for a new customer", async () => {
    expect(await say("o_visitor_6", "转人工")).toContain("No agent is online");
    const answer = await say("o_visitor_6", "洗衣机漏水，请尽快联系我");
    const number = /SO-\d{4}-\d+/.exec(answer)?.[0];
    expect(number).toBeDefined();
    const tickets = await h.call("GET", `/api/v1/tickets?q=${number}`, { token: w.supervisor.token });
    const customerId = tickets.body.items[0]?.customerId;
    expect(customerId).toBeTruthy();
    expect([w.alice.id, w.bob.id]).not.toContain(customerId);
  });
});

describe("WeChat identity and notices", () => {
  it("binds an OpenID by phone and SMS code; a resolved ticket sends a template message", async () => {
    const phone = "+86 138 0013 9001";
    const patched = await h.call("PATCH", `/api/v1/customers/${w.alice.id}`, {
      token: w.admin.token,
      body: { phone },
    });
    expect(patched.status).toBe(200);
    const asked = await say("o_alice", "绑定 13800139001");
    expect(asked).toContain("9001");
    await runJobsNow();
    const code = /\d{6}/.exec(texts.at(-1)?.body ?? "")?.[0] ?? "";
    expect(texts.at(-1)?.to).toBe(phone);
    expect(await say("o_alice", code === "000000" ? "111111" : "000000")).toMatch(/wrong|expired/);
    expect(await say("o_alice", code)).toContain("Alice");

    const ticket = await w.post("/api/v1/tickets", {
      customerId: w.alice.id,
      subject: "Washer E3",
      description: "Shows E3 during spin",
      type: "repair",
    });
    const resolved = await h.call("POST", `/api/v1/tickets/${ticket.id}/transitions`, {
      token: w.supervisor.token,
      body: { action: "resolve" },
    });
    expect(resolved.status).toBe(200);
    await runJobsNow();
    await runJobsNow();
    const template = (await sent("o_alice")).find((m) => m.kind === "template");
    expect(template?.payload).toMatchObject({
      touser: "o_alice",
      template_id: "TPL-STATUS",
      data: { keyword1: { value: ticket.number } },
    });
    // Idempotent: the same occasion never sends twice.
    await runJobsNow();
    expect((await sent("o_alice")).filter((m) => m.kind === "template")).toHaveLength(1);
  });

  it("a customer's erasure unbinds their WeChat: no more notices to it", async () => {
    const carol = await w.post("/api/v1/customers", { name: "Carol Erased", kind: "person" });
    await say("o_carol", "hello");
    const link = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.agent.token,
      body: { openId: "o_carol", customerId: carol.id },
    });
    expect(link.status).toBe(200);
    const erase = await h.call("POST", `/api/v1/customers/${carol.id}/erase`, {
      token: w.admin.token,
      body: { confirm: "Carol Erased" },
    });
    expect(erase.status).toBeLessThan(300);
    const followers = await h.call("GET", "/api/v1/wechat/followers", { token: w.agent.token });
    expect(followers.body.items.find((f: { openId: string }) => f.openId === "o_carol")).toMatchObject({
      customerId: null,
    });
  });

  it("staff link an OpenID to a customer; another tenant's OpenID or customer is not found", async () => {
    await say("o_bob", "hello");
    const link = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.agent.token,
      body: { openId: "o_bob", customerId: w.bob.id },
    });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ openId: "o_bob", customerId: w.bob.id, boundBy: "staff" });
    // The visitor's chat does not become Bob's: it is closed and Bob's own starts.
    await say("o_bob", "洗衣机E3");
    const convs = await h.database.query<{ customer_id: string | null; status: string }>(
      "select customer_id, status from chat_conversations where external_id = 'o_bob' order by created_at",
    );
    expect(convs.map((c) => [c.customer_id, c.status])).toEqual([
      [null, "closed"],
      [w.bob.id, "bot"],
    ]);
    await say("o_other", "hello", otherPath);
    const foreignOpenId = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.agent.token,
      body: { openId: "o_other", customerId: w.bob.id },
    });
    expect(foreignOpenId.status).toBe(404);
    const foreignCustomer = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.agent.token,
      body: { openId: "o_bob", customerId: other.bob.id },
    });
    expect(foreignCustomer.status).toBe(404);
  });
});
