import type { ParsedMail as SentMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, mailboxWithLocalSmtp } from "../channels/local-smtp.js";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";

// Hole 8 of issue 12: a confirm link is for the one resolution its notice announced.
let h: Harness;
let w: World;
let smtp: LocalSmtp;
let sent: SentMail[] = [];

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "confirm");
  smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, "service@confirm.test");
  sent = smtp.received;
});
afterAll(async () => {
  await smtp?.close();
  await h?.close();
});

async function resolveAndMail(number: string): Promise<string> {
  const before = sent.length;
  const r = await h.call("POST", `/api/v1/tickets/${number}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve" },
  });
  expect(r.status).toBe(200);
  while (await h.jobs.tick()) {}
  const mail = sent
    .slice(before)
    .find((m) => m.subject?.includes(number) && /\/confirm\//.test(m.text ?? ""));
  const token = /\/confirm\/([\w-]+)\?answer=yes/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no confirm link for ${number}`);
  return token;
}

const answer = (token: string, fields: Record<string, string>, lang = "en") =>
  h.call("POST", `/confirm/${token}`, {
    lang,
    raw: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
const status = async (ref: string) =>
  (await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token })).body.status as string;

describe("confirm links after a reject and a second resolution", () => {
  it("the first notice's link no longer works (410, translated); the second one does", async () => {
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Door seal leaks", description: "Water on the floor", type: "repair" },
    });
    const number = t.body.number as string;
    const first = await resolveAndMail(number);
    // The customer says no in the portal; the first link stays unanswered.
    const reject = await h.call("POST", `/api/v1/tickets/${number}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "reject", reason: "Still leaks" },
    });
    expect(reject.status).toBe(200);
    h.clock.advance(60_000);
    const second = await resolveAndMail(number);
    expect(second).not.toBe(first);

    const oldPage = await h.call("GET", `/confirm/${first}?answer=yes`, { lang: "en" });
    expect(oldPage.status).toBe(410);
    expect(oldPage.body).toContain("earlier resolution");
    expect(oldPage.body).not.toContain('name="answer"');
    // The page speaks the customer's language (here the tenant's English), whoever opens it.
    const oldOther = await h.call("GET", `/confirm/${first}`, { lang: "zh-CN" });
    expect(oldOther.status).toBe(410);
    const oldAnswer = await answer(first, { answer: "confirm" });
    expect(oldAnswer.status).toBe(410);
    expect(await status(number)).toBe("resolved");

    const page = await h.call("GET", `/confirm/${second}?answer=yes`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('name="answer"');
    const done = await answer(second, { answer: "confirm" });
    expect(done.status).toBe(200);
    expect(await status(number)).toBe("closed");
  });
});
