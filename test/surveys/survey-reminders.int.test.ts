import { describe, expect, it } from "vitest";
import { queueSurveyReminders } from "../../src/server/modules/surveys/use-cases/send-reminders.js";
import { worldPerFile } from "../fixtures.js";
import { localSurveyDelivery } from "./local-delivery.js";

const { h, worlds } = worldPerFile("sr", "so");
const [w, other] = worlds;
const delivery = localSurveyDelivery(h, [[w, "service@reminders.test"]]);
const texts = delivery.texts;
const DAY = 86_400_000;

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};
// The hourly sweep as the runner makes it (one transaction), then the jobs it queued.
const sweep = async () => {
  await h.services.db.transaction((tx) =>
    queueSurveyReminders({ tx, s: h.services, jobId: 0, tenantId: null, attempt: 1, now: h.clock.now() }),
  );
  await runJobs();
};
const mailsTo = (address: string) => delivery.mailsTo(address);
const tokenIn = (text: string | undefined) => /\/survey\/([\w-]+)/.exec(text ?? "")?.[1] ?? "";

const QUESTIONS = [
  { id: "nps", kind: "nps", text: "推荐吗？", textEn: "Would you recommend us?" },
  { id: "why", kind: "text", text: "为什么？", textEn: "Why?" },
];

async function surveyOf(world = w) {
  const r = await h.call("POST", "/api/v1/surveys", {
    token: world.supervisor.token,
    body: { name: "Reminder test", questions: QUESTIONS },
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function newCustomer(extra: Record<string, unknown>) {
  const r = await h.call("POST", "/api/v1/customers", {
    token: w.admin.token,
    body: { name: "Carol", kind: "person", ...extra },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string };
}

async function invite(surveyId: string, customerId: string, channel: string) {
  const r = await h.call("POST", `/api/v1/surveys/${surveyId}/invitations`, {
    token: w.agent.token,
    body: { customerId, channel },
  });
  expect(r.status).toBe(201);
  await runJobs();
  return r.body as { id: string; token: string };
}

const answer = (token: string, answers: Record<string, unknown>) =>
  h.call("POST", `/api/v1/public/surveys/${token}/responses`, { body: { answers } });

describe("the one reminder", () => {
  it("mails one reminder after the tenant's days, whose link answers the same invitation once", async () => {
    const surveyId = await surveyOf();
    const email = `carol.${Date.now()}@example.com`;
    const carol = await newCustomer({ email });
    const inv = await invite(surveyId, carol.id, "email");
    // The invitation itself went out by mail.
    expect(mailsTo(email)).toHaveLength(1);
    expect(tokenIn(mailsTo(email)[0]?.text)).toBe(inv.token);

    // Two days on: too early (default 3 days).
    h.clock.advance(2 * DAY);
    await sweep();
    expect(mailsTo(email)).toHaveLength(1);

    h.clock.advance(1.5 * DAY);
    await sweep();
    await sweep();
    const mails = mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe("Reminder: a minute to rate our service");
    const reminderToken = tokenIn(mails[1]?.text);
    expect(reminderToken).not.toBe(inv.token);

    // A week later: still only one reminder.
    h.clock.advance(7 * DAY);
    await sweep();
    expect(mailsTo(email)).toHaveLength(2);

    // The reminder's link answers the invitation; the first link then finds it answered.
    expect((await answer(reminderToken, { nps: 9 })).status).toBe(201);
    const again = await answer(inv.token, { nps: 2 });
    expect(again.status).toBe(409);
    const results = await h.call("GET", `/api/v1/surveys/${surveyId}/results`, { token: w.supervisor.token });
    expect(results.body).toMatchObject({ invitations: 1, responses: 1 });
  });

  it("never reminds after an answer, nor when the tenant turned reminders off", async () => {
    const surveyId = await surveyOf();
    const answered = `dan.${Date.now()}@example.com`;
    const dan = await newCustomer({ email: answered });
    const invDan = await invite(surveyId, dan.id, "email");
    expect((await answer(invDan.token, { nps: 10 })).status).toBe(201);
    h.clock.advance(4 * DAY);
    await sweep();
    expect(mailsTo(answered)).toHaveLength(1);

    // Reminders off (0 days): a fresh invitation is not reminded.
    const off = await h.call("PUT", "/api/v1/survey-settings", {
      token: w.admin.token,
      body: { reminderDays: 0 },
    });
    expect(off.status).toBe(200);
    const late = `fay.${Date.now()}@example.com`;
    const fay = await newCustomer({ email: late });
    await invite(surveyId, fay.id, "email");
    h.clock.advance(5 * DAY);
    await sweep();
    expect(mailsTo(late)).toHaveLength(1);
    // Back to 2 days: now she gets hers, once.
    await h.call("PUT", "/api/v1/survey-settings", { token: w.admin.token, body: { reminderDays: 2 } });
    await sweep();
    await sweep();
    expect(mailsTo(late)).toHaveLength(2);
  });

  it("an SMS invitation and its reminder go through the SMS sender", async () => {
    const surveyId = await surveyOf();
    const phone = `1390000${String(Date.now()).slice(-4)}`;
    const gus = await newCustomer({ phone, locale: "zh-CN" });
    const inv = await invite(surveyId, gus.id, "sms");
    const mine = () => texts.filter((t) => t.to === phone);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]?.body).toContain(`/survey/${inv.token}`);
    expect(mine()[0]?.body).toContain("请花一分钟评价");
    h.clock.advance(4 * DAY);
    await sweep();
    expect(mine()).toHaveLength(2);
    expect(mine()[1]?.body).toContain("提醒");
  });

  it("settings: a supervisor reads them, only an admin changes them; bad values are translated 400s", async () => {
    const read = await h.call("GET", "/api/v1/survey-settings", { token: other.supervisor.token });
    expect(read.body).toEqual({ reminderDays: 3 });
    const bySupervisor = await h.call("PUT", "/api/v1/survey-settings", {
      token: other.supervisor.token,
      body: { reminderDays: 5 },
    });
    expect(bySupervisor.status).toBe(403);
    const bad = await h.call("PUT", "/api/v1/survey-settings", {
      token: other.admin.token,
      headers: { "accept-language": "zh-CN" },
      body: { reminderDays: 90 },
    });
    expect(bad.status).toBe(400);
  });

  // Last: moving the clock a month on also ends this file's sign-in sessions.
  it("never reminds once the link has expired (30 days)", async () => {
    const surveyId = await surveyOf();
    const expired = `eve.${Date.now()}@example.com`;
    const eve = await newCustomer({ email: expired });
    await invite(surveyId, eve.id, "email");
    h.clock.advance(31 * DAY);
    await sweep();
    expect(mailsTo(expired)).toHaveLength(1);
  });
});
