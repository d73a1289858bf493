import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import type { World } from "../fixtures.js";
import type { Harness } from "../harness.js";

// Where a surveys test's invitations and reminders go: one local SMTP server behind each world's
// mail channel, a local SMS gateway recording every text, and the public address links are built on.
export function localSurveyDelivery(h: Harness, channels: (readonly [World, string])[]) {
  const texts: { to: string; body: string }[] = [];
  let smtp: LocalSmtp | undefined;
  let gateway: Server | undefined;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
    const sms = createServer((req, res) => {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString()));
      req.on("end", () => {
        texts.push(JSON.parse(raw));
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "x" }));
      });
    });
    gateway = sms;
    await new Promise<void>((r) => sms.listen(0, "127.0.0.1", () => r()));
    process.env.AFTERCARE_SMS_WEBHOOK_URL = `http://127.0.0.1:${(sms.address() as { port: number }).port}/send`;
    process.env.AFTERCARE_PUBLIC_URL = "https://help.example.com";
    for (const [world, address] of channels) {
      const r = await h.call("POST", "/api/v1/channels/email", {
        token: world.admin.token,
        body: { name: "Service", address, smtp: { url: smtp.url } },
      });
      expect(r.status).toBe(201);
    }
  });
  afterAll(async () => {
    delete process.env.AFTERCARE_SMS_WEBHOOK_URL;
    delete process.env.AFTERCARE_PUBLIC_URL;
    await smtp?.close();
    await new Promise<void>((r) => (gateway ? gateway.close(() => r()) : r()));
  });
  return {
    texts,
    // The mails received for `address` (optionally only those carrying a survey link).
    mailsTo(address: string, surveyLinksOnly = false) {
      return (smtp?.received ?? []).filter(
        (m) =>
          (!surveyLinksOnly || /\/survey\//.test(m.text ?? "")) &&
          (Array.isArray(m.to) ? m.to.map((a) => a.text).join(",") : (m.to?.text ?? "")).includes(address),
      );
    },
  };
}
