import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("sv", "sx");
const [w, other] = worlds;
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  process.env.AFTERCARE_PUBLIC_URL = "https://help.example.com";
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@surveys.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => {
  delete process.env.AFTERCARE_PUBLIC_URL;
  await smtp?.close();
});

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};

const QUESTIONS = [
  {
    id: "nps",
    kind: "nps",
    text: "您有多大可能向朋友推荐我们？",
    textEn: "How likely are you to recommend us?",
  },
  {
    id: "csat",
    kind: "csat",
    text: "您对本次服务满意吗？",
    textEn: "How satisfied are you with this service?",
  },
  { id: "channel", kind: "single", text: "您通过什么渠道联系我们？", options: ["phone", "web"] },
  { id: "why", kind: "text", text: "还有什么想告诉我们的？", textEn: "Anything else?" },
];

async function newSurvey(extra: Record<string, unknown> = {}, token = w.supervisor.token) {
  const r = await h.call("POST", "/api/v1/surveys", {
    token,
    body: { name: "售后满意度", questions: QUESTIONS, ...extra },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; questions: unknown[] };
}

async function link(surveyId: string, customerId = w.bob.id) {
  const r = await h.call("POST", `/api/v1/surveys/${surveyId}/invitations`, {
    token: w.agent.token,
    body: { customerId, channel: "link" },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; token: string; url: string };
}

const answer = (token: string, answers: Record<string, unknown>) =>
  h.call("POST", `/api/v1/public/surveys/${token}/responses`, { body: { answers } });

describe("survey definitions", () => {
  it("a supervisor creates one; an agent may not; bad definitions are translated 400s", async () => {
    const s = await newSurvey();
    expect(s.id).toMatch(/^svy_/);
    const byAgent = await h.call("POST", "/api/v1/surveys", {
      token: w.agent.token,
      body: { name: "x", questions: QUESTIONS },
    });
    expect(byAgent.status).toBe(403);
    const dup = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      headers: { "accept-language": "zh-CN" },
      body: { name: "x", questions: [QUESTIONS[0], QUESTIONS[0]] },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.code).toBe("survey.duplicate_question");
    expect(dup.body.error.message).toContain("重复");
    const noOptions = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      body: { name: "x", questions: [{ id: "c", kind: "multi", text: "Which?" }] },
    });
    expect(noOptions.body.error.code).toBe("survey.options_required");
    const badKind = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      body: { name: "x", questions: [{ id: "c", kind: "stars", text: "?" }] },
    });
    expect(badKind.status).toBe(400);
  });

  it("another tenant's survey is not found", async () => {
    const s = await newSurvey();
    const r = await h.call("GET", `/api/v1/surveys/${s.id}/results`, { token: other.supervisor.token });
    expect(r.status).toBe(404);
    const inv = await h.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
      token: other.agent.token,
      body: { customerId: other.bob.id, channel: "link" },
    });
    expect(inv.status).toBe(404);
  });
});

describe("answering through a personal link", () => {
  it("shows the questions in the customer's language and takes one answer", async () => {
    const s = await newSurvey();
    const l = await link(s.id);
    expect(l.url).toBe(`https://help.example.com/survey/${l.token}`);
    const view = await h.call("GET", `/api/v1/public/surveys/${l.token}`);
    expect(view.status).toBe(200);
    // The world's tenant speaks English: the English texts are shown where they exist.
    expect(view.body.state).toBe("open");
    expect(view.body.questions[0].text).toBe("How likely are you to recommend us?");
    expect(view.body.questions[2].text).toBe("您通过什么渠道联系我们？");

    expect((await answer(l.token, { nps: 9, csat: 5, channel: "web" })).status).toBe(201);
    const again = await answer(l.token, { nps: 10 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("survey.already_answered");
    expect((await h.call("GET", `/api/v1/public/surveys/${l.token}`)).body.state).toBe("answered");
  });

  it("refuses out-of-range values, unknown questions, options not offered and an empty answer (400)", async () => {
    const s = await newSurvey();
    const l = await link(s.id);
    for (const bad of [
      { nps: 11 },
      { nps: -1 },
      { nps: 7.5 },
      { csat: 0 },
      { channel: "fax" },
      { nope: 1 },
      {},
    ]) {
      const r = await answer(l.token, bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    // None of them used the link up.
    expect((await answer(l.token, { nps: 8 })).status).toBe(201);
  });

  it("an unknown token is 404", async () => {
    const r = await answer("x".repeat(32), { nps: 5 });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("survey.link_invalid");
  });

  it("takes exactly one of 12 concurrent answers on one link", async () => {
    const s = await newSurvey();
    const l = await link(s.id);
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => answer(l.token, { nps: i % 11 })));
    const codes = replies.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    const results = await h.call("GET", `/api/v1/surveys/${s.id}/results`, { token: w.supervisor.token });
    expect(results.body.responses).toBe(1);
  });
});

describe("results and follow-ups", () => {
  it("computes NPS, CSAT, response rate; a detractor opens a supervisor's follow-up", async () => {
    const s = await newSurvey();
    const scores = [10, 9, 8, 3];
    for (const nps of scores) {
      const l = await link(s.id);
      const r = await answer(l.token, {
        nps,
        csat: nps >= 9 ? 5 : 2,
        ...(nps === 3 ? { why: "师傅迟到了两个小时" } : {}),
      });
      expect(r.status).toBe(201);
    }
    await link(s.id); // invited, never answered
    const r = await h.call("GET", `/api/v1/surveys/${s.id}/results`, { token: w.supervisor.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ invitations: 5, responses: 4, responseRate: 80 });
    const nps = r.body.questions.find((q: { id: string }) => q.id === "nps");
    // With its 95 % interval (NPS variance formula, clipped at 100; worked out in confidence.test.ts).
    expect(nps.nps).toEqual({
      score: 25,
      promoters: 2,
      passives: 1,
      detractors: 1,
      ci: { low: -56.3, high: 100 },
    });
    const csat = r.body.questions.find((q: { id: string }) => q.id === "csat");
    expect(csat.csat).toBe(50);
    const why = r.body.questions.find((q: { id: string }) => q.id === "why");
    expect(why.comments).toEqual(["师傅迟到了两个小时"]);

    const forAgent = await h.call("GET", "/api/v1/survey-follow-ups", { token: w.agent.token });
    expect(forAgent.status).toBe(403);
    const list = await h.call("GET", "/api/v1/survey-follow-ups?status=open", { token: w.supervisor.token });
    const mine = list.body.items.filter((f: { surveyId: string }) => f.surveyId === s.id);
    // NPS 8 with CSAT 2 is a low CSAT; NPS 3 a detractor: two follow-ups, the detractor's with its comment.
    expect(mine.map((f: { reason: string; score: number }) => `${f.reason}:${f.score}`).sort()).toEqual([
      "csat_low:2",
      "nps_detractor:3",
    ]);
    const detractor = mine.find((f: { reason: string }) => f.reason === "nps_detractor");
    expect(detractor.comment).toBe("师傅迟到了两个小时");
    expect(detractor.customerName).toBe("Bob");
    const done = await h.call("POST", `/api/v1/survey-follow-ups/${detractor.id}/done`, {
      token: w.supervisor.token,
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("done");
    const notFound = await h.call("POST", `/api/v1/survey-follow-ups/${detractor.id}/done`, {
      token: other.supervisor.token,
    });
    expect(notFound.status).toBe(404);
  });
});

describe("sent when a ticket closes", () => {
  it("mails a personal link once per closure, and the frequency cap spares the customer's next ticket", async () => {
    const s = await newSurvey({ trigger: "ticket_closed", capDays: 30 }, w.admin.token);
    const close = async () => {
      const t = await h.call("POST", "/api/v1/tickets", {
        token: w.aliceUser.token,
        body: { subject: "Drum noise", description: "Loud when spinning", type: "repair" },
      });
      expect(t.status).toBe(201);
      await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
        token: w.supervisor.token,
        body: { action: "resolve" },
      });
      const c = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
        token: w.aliceUser.token,
        body: { action: "confirm" },
      });
      expect(c.body.status).toBe("closed");
      await runJobs();
      return t.body as { id: string; number: string };
    };
    const first = await close();
    const mails = smtp.received.filter(
      (m) => m.subject?.includes(first.number) && /\/survey\//.test(m.text ?? ""),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`How did we do on ${first.number}?`);
    const token = /https:\/\/help\.example\.com\/survey\/([\w-]+)/.exec(mails[0]?.text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect((await answer(String(token), { nps: 3, why: "Still noisy" })).status).toBe(201);

    // Reopened and closed again: not asked a second time.
    await h.call("POST", `/api/v1/tickets/${first.id}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "reopen", reason: "noise is back" },
    });
    await h.call("POST", `/api/v1/tickets/${first.id}/transitions`, {
      token: w.supervisor.token,
      body: { action: "resolve" },
    });
    await h.call("POST", `/api/v1/tickets/${first.id}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "confirm" },
    });
    await runJobs();
    // A second ticket within 30 days: the cap spares her.
    const second = await close();
    const surveyMails = smtp.received.filter((m) => /\/survey\//.test(m.text ?? ""));
    expect(surveyMails.filter((m) => m.subject?.includes(first.number))).toHaveLength(1);
    expect(surveyMails.filter((m) => m.subject?.includes(second.number))).toHaveLength(0);

    const results = await h.call("GET", `/api/v1/surveys/${s.id}/results`, { token: w.supervisor.token });
    expect(results.body).toMatchObject({ invitations: 1, responses: 1 });
    const followUps = await h.call("GET", "/api/v1/survey-follow-ups", { token: w.supervisor.token });
    const f = followUps.body.items.find((x: { surveyId: string }) => x.surveyId === s.id);
    expect(f).toMatchObject({
      reason: "nps_detractor",
      score: 3,
      comment: "Still noisy",
      ticketNumber: first.number,
    });
  });
  it("asks each customer segment its own share: none of a 0 % segment, all of a 100 % one", async () => {
    // Alice is a gold customer: the "high_value" segment, whatever her history.
    const s = await newSurvey(
      {
        trigger: "ticket_closed",
        capDays: 0,
        samplePercent: 100,
        segmentQuotas: { new: 100, high_value: 0 },
      },
      w.admin.token,
    );
    expect(s).toMatchObject({ segmentQuotas: { new: 100, high_value: 0 } });
    const closeOne = async () => {
      const t = await h.call("POST", "/api/v1/tickets", {
        token: w.aliceUser.token,
        body: { subject: "Door seal", description: "Leaks a little", type: "repair" },
      });
      await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
        token: w.supervisor.token,
        body: { action: "resolve" },
      });
      await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
        token: w.aliceUser.token,
        body: { action: "confirm" },
      });
      await runJobs();
      return t.body.number as string;
    };
    const mailsFor = (n: string) =>
      smtp.received.filter((m) => m.subject?.includes(n) && /\/survey\//.test(m.text ?? ""));
    expect(mailsFor(await closeOne())).toHaveLength(0);
    const put = await h.call("PUT", `/api/v1/surveys/${s.id}`, {
      token: w.admin.token,
      body: {
        name: "Segments",
        questions: s.questions,
        trigger: "ticket_closed",
        segmentQuotas: { new: 100 },
      },
    });
    expect(put.status).toBe(200);
    expect(mailsFor(await closeOne())).toHaveLength(1);
    const bad = await h.call("PUT", `/api/v1/surveys/${s.id}`, {
      token: w.admin.token,
      body: { name: "Segments", questions: s.questions, segmentQuotas: { new: 101 } },
    });
    expect(bad.status).toBe(400);
  });
});

describe("the answer page behind the mailed link", () => {
  const post = (token: string, fields: [string, string][]) =>
    h.call("POST", `/survey/${token}`, {
      raw: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  it("shows the questions as a form; a GET changes nothing; the POST answers once", async () => {
    const s = await newSurvey();
    const l = await link(s.id);
    const page = await h.call("GET", `/survey/${l.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("How likely are you to recommend us?");
    expect(page.body).toContain('method="post"');
    expect(page.body).toContain('name="q_nps" value="10"');

    const empty = await post(l.token, [["q_why", "  "]]);
    expect(empty.status).toBe(400);
    expect(empty.body).toContain("Please answer at least one question.");

    const done = await post(l.token, [
      ["q_nps", "3"],
      ["q_channel", "phone"],
      ["q_why", "Took too long"],
    ]);
    expect(done.status).toBe(200);
    expect(done.body).toContain("Thank you for your answers!");
    expect((await post(l.token, [["q_nps", "10"]])).body).toContain("already been answered");
    expect((await h.call("GET", `/survey/${l.token}`)).body).toContain("already been answered");

    const results = await h.call("GET", `/api/v1/surveys/${s.id}/results`, { token: w.supervisor.token });
    expect(results.body.questions[0].nps.detractors).toBe(1);
  });

  it("an unknown link says so in the browser's language", async () => {
    const r = await h.call("GET", `/survey/${"y".repeat(32)}`, { headers: { "accept-language": "zh-CN" } });
    expect(r.body).toContain("此问卷链接无效");
  });
});
