import { describe, expect, it } from "vitest";
import { RETRY_WAITS_SECONDS } from "./use-cases/deliver-webhook.js";
import { checkWebhookUrl, isPrivateAddress } from "./webhook-url.js";

describe("webhook destinations (SSRF)", () => {
  it("treat loopback, private, link-local, mapped and unparsable addresses as private", () => {
    for (const a of [
      "127.0.0.1",
      "10.0.0.5",
      "172.20.1.1",
      "192.168.0.1",
      "169.254.169.254",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "nonsense",
    ])
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });

  it("accept public http(s) URLs; refuse the rest unless private addresses are allowed", () => {
    expect(checkWebhookUrl("https://hooks.example.com/x", false)).toBe("https://hooks.example.com/x");
    for (const url of [
      "http://localhost:3000/",
      "http://127.0.0.1/",
      "http://[::1]/",
      "file:///etc/passwd",
      "https://u:p@example.com/",
    ])
      expect(() => checkWebhookUrl(url, false)).toThrow();
    expect(checkWebhookUrl("http://127.0.0.1:9/x", true)).toBe("http://127.0.0.1:9/x");
  });
});

describe("webhook retries", () => {
  it("span about a day", () => {
    const total = RETRY_WAITS_SECONDS.reduce((a, b) => a + b, 0) / 3600;
    expect(total).toBeGreaterThan(22);
    expect(total).toBeLessThan(26);
  });
});
