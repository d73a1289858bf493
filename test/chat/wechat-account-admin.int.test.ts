import { afterEach, describe, expect, it } from "vitest";
import { callbackSignature } from "../../src/server/modules/chat/wechat/wechat-signature.js";
import { buildWechatXml } from "../../src/server/modules/chat/wechat/wechat-xml.js";
import { worldPerFile } from "../fixtures.js";

// What the WeChat settings screen relies on: write-only token and key that a save without them
// keeps, per-field translated errors, the callback URL, and followers with their customer's name
// and last message.
const { h, worlds } = worldPerFile("wa");
const [w] = worlds;
const ACCOUNT = {
  appId: "wxadmin00000000001",
  originalId: "gh_admin_account",
  token: "AdminToken123",
  encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
};
let nonce = 0;

const put = (body: unknown, lang = "en") =>
  h.call("PUT", "/api/v1/wechat/account", { token: w.admin.token, body, lang });

// The platform's URL check, signed with a token: answers 200 only if the account holds that token.
async function urlCheck(callbackPath: string, token: string) {
  const timestamp = String(Math.floor(h.clock.now().getTime() / 1000));
  const n = `admin${++nonce}`;
  const q = new URLSearchParams({
    timestamp,
    nonce: n,
    signature: callbackSignature([token, timestamp, n]),
    echostr: "ok",
  });
  return (await h.call("GET", `${callbackPath}?${q}`)).status;
}

afterEach(() => {
  delete process.env.AFTERCARE_PUBLIC_URL;
});

describe("WeChat account settings", () => {
  it("a first save needs the token; the errors are on their fields, in the caller's language", async () => {
    const noToken = await put(
      { appId: ACCOUNT.appId, originalId: ACCOUNT.originalId, mode: "plain" },
      "zh-CN",
    );
    expect(noToken.status).toBe(400);
    expect(noToken.body.error.code).toBe("wechat.token_required");
    expect(noToken.body.error.details).toEqual([
      { path: "token", message: "请填写在微信公众平台开发配置页设置的 Token。" },
    ]);

    const bad = await put({ ...ACCOUNT, token: "a!", encodingAesKey: "short", mode: "safe" }, "zh-CN");
    expect(bad.status).toBe(400);
    const byField = Object.fromEntries(
      bad.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]),
    );
    expect(byField.token).toBe("Token 必须是 3–32 位字母或数字。");
    expect(byField.encodingAesKey).toBe("EncodingAESKey 必须是 43 位字母、数字、+ 或 /。");
  });

  it("answers the settings without secrets, and a save with blank token and key keeps them", async () => {
    const saved = await put({ ...ACCOUNT, mode: "safe", templates: { status: "TPL-S" } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hasToken: true, hasAesKey: true, mode: "safe", callbackUrl: null });
    expect(JSON.stringify(saved.body)).not.toContain(ACCOUNT.token);
    expect(JSON.stringify(saved.body)).not.toContain(ACCOUNT.encodingAesKey);
    const path = saved.body.callbackPath as string;
    expect(path).toMatch(/^\/api\/v1\/channels\/wechat\/.+/);

    // The form sends the other fields and leaves the secrets blank.
    const again = await put({
      appId: ACCOUNT.appId,
      originalId: "gh_admin_renamed",
      token: "",
      encodingAesKey: "",
      mode: "compatible",
      templates: { status: "TPL-S", visit: "TPL-V" },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      originalId: "gh_admin_renamed",
      hasToken: true,
      hasAesKey: true,
      mode: "compatible",
      templates: { status: "TPL-S", visit: "TPL-V" },
    });
    expect(await urlCheck(path, ACCOUNT.token)).toBe(200);

    // A new token replaces the old one.
    expect(
      (await put({ ...ACCOUNT, token: "NewToken456", encodingAesKey: undefined, mode: "compatible" })).status,
    ).toBe(200);
    expect(await urlCheck(path, "NewToken456")).toBe(200);
    expect(await urlCheck(path, ACCOUNT.token)).toBe(401);

    // null clears the key, which only plain mode can do without.
    const cleared = await put({ ...ACCOUNT, encodingAesKey: null, mode: "compatible" });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.details[0].path).toBe("encodingAesKey");
    const plain = await put({ ...ACCOUNT, encodingAesKey: null, mode: "plain" });
    expect(plain.body).toMatchObject({ hasAesKey: false, mode: "plain" });
  });

  it("gives the absolute callback URL when the server knows its public address", async () => {
    process.env.AFTERCARE_PUBLIC_URL = "https://service.example.com/";
    const r = await h.call("GET", "/api/v1/wechat/account", { token: w.admin.token });
    expect(r.status).toBe(200);
    expect(r.body.callbackUrl).toBe(`https://service.example.com${r.body.callbackPath}`);
  });

  it("lists followers with their customer's name and when they last wrote", async () => {
    const account = await h.call("GET", "/api/v1/wechat/account", { token: w.admin.token });
    const path = account.body.callbackPath as string;
    const timestamp = String(Math.floor(h.clock.now().getTime() / 1000));
    const n = `admin${++nonce}`;
    const q = new URLSearchParams({
      timestamp,
      nonce: n,
      signature: callbackSignature([ACCOUNT.token, timestamp, n]),
    });
    const xml = buildWechatXml({
      ToUserName: ACCOUNT.originalId,
      FromUserName: "o_admin_alice",
      CreateTime: Number(timestamp),
      MsgType: "text",
      Content: "你好",
      MsgId: "777001",
    });
    const sent = await h.call("POST", `${path}?${q}`, { raw: xml, headers: { "content-type": "text/xml" } });
    expect(sent.status).toBe(200);

    const before = await h.call("GET", "/api/v1/wechat/followers", { token: w.admin.token });
    expect(before.body.items.find((f: { openId: string }) => f.openId === "o_admin_alice")).toMatchObject({
      customerId: null,
      customerName: null,
      lastMessageAt: expect.any(String),
    });
    const linked = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.admin.token,
      body: { openId: "o_admin_alice", customerId: w.alice.id },
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({
      customerId: w.alice.id,
      customerName: w.alice.name,
      boundBy: "staff",
    });
    expect(linked.body.lastMessageAt).not.toBeNull();
    const unlinked = await h.call("PUT", "/api/v1/wechat/bindings", {
      token: w.admin.token,
      body: { openId: "o_admin_alice", customerId: null },
    });
    expect(unlinked.body).toMatchObject({ customerId: null, customerName: null });
  });
});
