import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "./webhook-signature.js";

const secret = "whsec_test";
const body = '{"id":"whe_1","type":"ping"}';
const at = new Date("2026-12-05T06:00:00Z");

describe("webhook signatures", () => {
  it("verify what was signed, within five minutes either way", () => {
    const header = signWebhook(secret, body, at);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    for (const skew of [-299, 0, 299])
      expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() + skew * 1000))).toEqual({
        ok: true,
      });
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() + 301_000)).ok).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() - 301_000)).ok).toBe(false);
  });

  it("refuse a moved timestamp, another body or secret, and malformed headers", () => {
    const header = signWebhook(secret, body, at);
    const v1 = header.split(",v1=")[1];
    const moved = `t=${Math.floor(at.getTime() / 1000) + 60},v1=${v1}`;
    expect(verifyWebhookSignature(secret, moved, body, at)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature(secret, header, `${body} `, at)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature("whsec_other", header, body, at).ok).toBe(false);
    for (const bad of [undefined, null, "", "t=abc,v1=00", `v1=${v1}`, `t=1,v1=${v1?.slice(1)}`, "garbage"])
      expect(verifyWebhookSignature(secret, bad, body, at)).toEqual({ ok: false, reason: "malformed" });
  });
});
