import { createDecipheriv } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aesKeyOf, WechatCryptoError, wechatCipher } from "./wechat-crypto.js";
import { readInbound } from "./wechat-message.js";
import { callbackSignature, signatureMatches } from "./wechat-signature.js";
import { buildWechatXml, MalformedXml, parseWechatXml } from "./wechat-xml.js";

// 43 characters of base64 → 32 bytes once "=" is appended.
const KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const APP = "wx1234567890abcdef";

describe("callback signature", () => {
  it("is SHA-1 over the parts sorted and joined", () => {
    // sorted: "1409304348" < "nonce1" < "token"; the value is `printf 1409304348nonce1token | sha1sum`.
    expect(callbackSignature(["token", "1409304348", "nonce1"])).toBe(
      "b8c96bebcb0112ede0920ac9b1adc3c1876d41d5",
    );
  });
  it("accepts the right signature in either case and refuses others", () => {
    const sig = callbackSignature(["t", "1", "n"]);
    expect(signatureMatches(sig, sig)).toBe(true);
    expect(signatureMatches(sig, sig.toUpperCase())).toBe(true);
    expect(signatureMatches(sig, callbackSignature(["t", "1", "m"]))).toBe(false);
    expect(signatureMatches(sig, undefined)).toBe(false);
    expect(signatureMatches(sig, "abc")).toBe(false);
  });
});

describe("safe-mode cipher", () => {
  const cipher = wechatCipher(KEY, APP);

  it("round-trips Chinese text", () => {
    const xml = "<xml><Content><![CDATA[洗衣机E3 怎么办]]></Content></xml>";
    expect(cipher.decrypt(cipher.encrypt(xml))).toBe(xml);
  });

  it("lays out random(16) + length(4, big-endian) + message + AppID, PKCS#7-padded to 32 bytes", () => {
    const random = Buffer.alloc(16, 7);
    const encrypted = Buffer.from(cipher.encrypt("hi", random), "base64");
    // 16 + 4 + 2 + 18 = 40 bytes → padded to 64 with 24 bytes of value 24.
    expect(encrypted.length).toBe(64);
    const key = Buffer.from(`${KEY}=`, "base64");
    const d = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16)).setAutoPadding(false);
    const plain = Buffer.concat([d.update(encrypted), d.final()]);
    expect(plain.subarray(0, 16)).toEqual(random);
    expect(plain.readUInt32BE(16)).toBe(2);
    expect(plain.subarray(20, 22).toString()).toBe("hi");
    expect(plain.subarray(22, 40).toString()).toBe(APP);
    expect([...plain.subarray(40)]).toEqual(Array(24).fill(24));
  });

  it("matches a vector made with the openssl command line", () => {
    // openssl enc -aes-256-cbc -nopad, key = base64(KEY + "="), iv = its first 16 bytes, over
    // 16 × 0x07, 00 00 00 02, "hi", the AppID and 24 × 0x18.
    const vector = "BRPlzjm4EHLf1ipZLZR5KZaadBJJ96VU1V6UH23TPRmlDYq5dQPhSc4oncSW5+EVH8pNzKPHlePdZ0ojn9uEog==";
    expect(cipher.encrypt("hi", Buffer.alloc(16, 7))).toBe(vector);
    expect(cipher.decrypt(vector)).toBe("hi");
  });

  it("refuses a message for another AppID, a damaged ciphertext and a malformed key", () => {
    const other = wechatCipher(KEY, "wxother").encrypt("hello");
    expect(() => cipher.decrypt(other)).toThrow(WechatCryptoError);
    expect(() => cipher.decrypt("AAAA")).toThrow(WechatCryptoError);
    const tampered = Buffer.from(cipher.encrypt("hello"), "base64");
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 0xff;
    expect(() => cipher.decrypt(tampered.toString("base64"))).toThrow(WechatCryptoError);
    expect(() => aesKeyOf("short")).toThrow(WechatCryptoError);
  });
});

describe("message XML", () => {
  it("reads a text message with CDATA and bare numbers", () => {
    const xml = `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oOpen]]></FromUserName>
      <CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>
      <Content><![CDATA[洗衣机E3 & <b>]]></Content><MsgId>6100000000000000001</MsgId></xml>`;
    expect(readInbound(parseWechatXml(xml))).toEqual({
      toUser: "gh_1",
      openId: "oOpen",
      createTime: 1700000000,
      dedupeKey: "msg:6100000000000000001",
      type: "text",
      content: "洗衣机E3 & <b>",
    });
  });

  it("reads subscribe events and names other kinds", () => {
    const base = { ToUserName: "gh_1", FromUserName: "o1", CreateTime: 1 };
    const sub = parseWechatXml(buildWechatXml({ ...base, MsgType: "event", Event: "subscribe" }));
    expect(readInbound(sub)).toMatchObject({ type: "subscribe", dedupeKey: "ev:o1:1:subscribe" });
    const voice = parseWechatXml(buildWechatXml({ ...base, MsgType: "voice", MsgId: "9" }));
    expect(readInbound(voice)).toMatchObject({ type: "other", msgType: "voice" });
  });

  it("writes CDATA that survives ]]> and reads it back", () => {
    const xml = buildWechatXml({ Content: "a]]>b", CreateTime: 5 });
    expect(xml).toContain("<CreateTime>5</CreateTime>");
    expect(parseWechatXml(xml)).toEqual({ Content: "a]]>b", CreateTime: "5" });
  });

  it("decodes entities in plain text and refuses DOCTYPEs, unknown entities and broken markup", () => {
    expect(parseWechatXml("<?xml version='1.0'?><xml><A>x &amp; &#x4E2D;</A></xml>")).toEqual({
      A: "x & 中",
    });
    for (const bad of [
      "",
      "not xml",
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><A>&e;</A></xml>',
      "<xml><A>&e;</A></xml>",
      "<xml><A>x</B></xml>",
      "<xml><A>x</A>",
      '<xml><A id="1">x</A></xml>',
      "<other/>",
    ])
      expect(() => parseWechatXml(bad), bad).toThrow(MalformedXml);
    expect(() => readInbound(parseWechatXml("<xml><MsgType>text</MsgType></xml>"))).toThrow(MalformedXml);
  });
});
