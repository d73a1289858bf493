import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("sb", "sc");
const [w, other] = worlds;

beforeAll(() => {
  process.env.AFTERCARE_PUBLIC_URL = "https://help.example.com";
});
afterAll(() => {
  delete process.env.AFTERCARE_PUBLIC_URL;
});

const QUESTIONS = [
  { id: "nps", kind: "nps", text: "推荐吗？", textEn: "Would you recommend us?" },
  { id: "why", kind: "text", text: "为什么？", textEn: "Why?" },
];

async function newSurvey(body: Record<string, unknown> = {}) {
  const r = await h.call("POST", "/api/v1/surveys", {
    token: w.supervisor.token,
    body: { name: "Builder", questions: QUESTIONS, ...body },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string };
}

const put = (id: string, body: Record<string, unknown>, token = w.supervisor.token, lang = "en") =>
  h.call("PUT", `/api/v1/surveys/${id}`, { token, headers: { "accept-language": lang }, body });

describe("editing a survey", () => {
  it("replaces the definition: reordered and new questions, trigger rules, deactivation", async () => {
    const s = await newSurvey();
    const r = await put(s.id, {
      name: "Builder v2",
      questions: [
        QUESTIONS[1],
        QUESTIONS[0],
        { id: "ease", kind: "effort", text: "办理容易吗？", textEn: "How easy was it?" },
        { id: "pick", kind: "multi", text: "哪些方面？", options: ["速度", "态度"] },
      ],
      trigger: "ticket_closed",
      triggerChannels: ["phone", "web"],
      triggerCategories: ["washer"],
      samplePercent: 40,
      capDays: 60,
      active: false,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      name: "Builder v2",
      trigger: "ticket_closed",
      triggerChannels: ["phone", "web"],
      triggerCategories: ["washer"],
      samplePercent: 40,
      capDays: 60,
      active: false,
    });
    expect(r.body.questions.map((q: { id: string }) => q.id)).toEqual(["why", "nps", "ease", "pick"]);
    const read = await h.call("GET", `/api/v1/surveys/${s.id}`, { token: w.agent.token });
    expect(read.body.questions).toHaveLength(4);
  });

  it("refuses bad edits with translated 4xx: duplicates, missing options, bad kinds, an answered question's kind", async () => {
    const s = await newSurvey();
    const dup = await put(
      s.id,
      { name: "x", questions: [QUESTIONS[0], QUESTIONS[0]] },
      w.supervisor.token,
      "zh-CN",
    );
    expect(dup.status).toBe(400);
    expect(dup.body.error.code).toBe("survey.duplicate_question");
    expect(dup.body.error.message).toContain("重复");
    const noOptions = await put(s.id, { name: "x", questions: [{ id: "c", kind: "single", text: "?" }] });
    expect(noOptions.status).toBe(400);
    expect(noOptions.body.error.message).toBe("Question c needs its options.");
    const badChannel = await put(s.id, { name: "x", questions: QUESTIONS, triggerChannels: ["pigeon"] });
    expect(badChannel.status).toBe(400);
    const badSample = await put(s.id, { name: "x", questions: QUESTIONS, samplePercent: 101 });
    expect(badSample.status).toBe(400);
    const empty = await put(s.id, { name: " ", questions: QUESTIONS });
    expect(empty.status).toBe(400);

    // Once "nps" has an answer, it stays an NPS question (its answers would not fit otherwise).
    const link = await h.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
      token: w.agent.token,
      body: { customerId: w.bob.id, channel: "link" },
    });
    await h.call("POST", `/api/v1/public/surveys/${link.body.token}/responses`, {
      body: { answers: { nps: 7 } },
    });
    const changed = await put(
      s.id,
      { name: "x", questions: [{ ...QUESTIONS[0], kind: "csat" }, QUESTIONS[1]] },
      w.supervisor.token,
      "zh-CN",
    );
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("survey.question_kind_changed");
    expect(changed.body.error.message).toContain("不能更改题型");
    // "why" has no answer yet: its kind may change; a text edit of "nps" is fine too.
    const ok = await put(s.id, {
      name: "x",
      questions: [
        { ...QUESTIONS[0], text: "您会推荐我们吗？" },
        { ...QUESTIONS[1], kind: "csat" },
      ],
    });
    expect(ok.status).toBe(200);
  });

  it("only admins and supervisors edit; another tenant's survey is not found", async () => {
    const s = await newSurvey();
    expect((await put(s.id, { name: "x", questions: QUESTIONS }, w.agent.token)).status).toBe(403);
    expect((await put(s.id, { name: "x", questions: QUESTIONS }, other.supervisor.token)).status).toBe(404);
  });
});

describe("results: intervals and filters", () => {
  it("gives NPS and CSAT intervals and filters by channel and period", async () => {
    const s = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      body: {
        name: "CI",
        questions: [
          { id: "nps", kind: "nps", text: "推荐吗？" },
          { id: "csat", kind: "csat", text: "满意吗？" },
        ],
      },
    });
    const id = s.body.id as string;
    // 5 promoters, 3 passives, 2 detractors by link; one more detractor by "chat".
    const scores = [10, 10, 9, 9, 9, 8, 7, 7, 3, 0];
    for (const nps of scores) {
      const l = await h.call("POST", `/api/v1/surveys/${id}/invitations`, {
        token: w.agent.token,
        body: { customerId: w.bob.id, channel: "link" },
      });
      await h.call("POST", `/api/v1/public/surveys/${l.body.token}/responses`, {
        body: { answers: { nps, csat: nps >= 7 ? 5 : 1 } },
      });
    }
    const chat = await h.call("POST", `/api/v1/surveys/${id}/invitations`, {
      token: w.agent.token,
      body: { customerId: w.bob.id, channel: "chat" },
    });
    await h.call("POST", `/api/v1/public/surveys/${chat.body.token}/responses`, {
      body: { answers: { nps: 1 } },
    });

    const onlyLinks = await h.call("GET", `/api/v1/surveys/${id}/results?channel=link`, {
      token: w.supervisor.token,
    });
    expect(onlyLinks.status).toBe(200);
    const nps = onlyLinks.body.questions[0].nps;
    // Hand-computed: NPS 30, variance (.5 + .2 − .09) / 10 → 30 ± 48.4.
    expect(nps).toEqual({
      score: 30,
      promoters: 5,
      passives: 3,
      detractors: 2,
      ci: { low: -18.4, high: 78.4 },
    });
    // CSAT 8 of 10 satisfied: Wilson [49.0, 94.3].
    expect(onlyLinks.body.questions[1]).toMatchObject({ csat: 80, csatCi: { low: 49, high: 94.3 } });
    const all = await h.call("GET", `/api/v1/surveys/${id}/results`, { token: w.supervisor.token });
    expect(all.body).toMatchObject({ invitations: 11, responses: 11 });
    const future = await h.call("GET", `/api/v1/surveys/${id}/results?from=2999-01-01`, {
      token: w.supervisor.token,
    });
    expect(future.body).toMatchObject({ invitations: 0, responses: 0, responseRate: null });
    const badDay = await h.call("GET", `/api/v1/surveys/${id}/results?from=yesterday`, {
      token: w.supervisor.token,
    });
    expect(badDay.status).toBe(400);

    const xlsx = await h.call("GET", `/api/v1/surveys/${id}/results.xlsx?channel=link`, {
      token: w.supervisor.token,
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
  });
});

describe("the portal's survey card", () => {
  it("lists only the signed-in customer's own open invitations, and answers them there once", async () => {
    const s = await newSurvey();
    const forBob = await h.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
      token: w.agent.token,
      body: { customerId: w.bob.id, channel: "portal" },
    });
    const forAlice = await h.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
      token: w.agent.token,
      body: { customerId: w.alice.id, channel: "portal" },
    });
    const bobs = await h.call("GET", "/api/v1/portal/surveys", { token: w.bobUser.token });
    expect(bobs.status).toBe(200);
    const ids = bobs.body.items.map((i: { invitationId: string }) => i.invitationId);
    expect(ids).toContain(forBob.body.id);
    expect(ids).not.toContain(forAlice.body.id);
    // Alice's invitation is not Bob's to read or answer, nor another tenant's customer's.
    for (const token of [w.bobUser.token, other.bobUser.token]) {
      expect((await h.call("GET", `/api/v1/portal/surveys/${forAlice.body.id}`, { token })).status).toBe(404);
      const r = await h.call("POST", `/api/v1/portal/surveys/${forAlice.body.id}/responses`, {
        token,
        body: { answers: { nps: 0 } },
      });
      expect(r.status).toBe(404);
    }
    expect((await h.call("GET", "/api/v1/portal/surveys", { token: w.agent.token })).status).toBe(403);

    const view = await h.call("GET", `/api/v1/portal/surveys/${forBob.body.id}`, { token: w.bobUser.token });
    expect(view.body.questions[0].text).toBe("Would you recommend us?");
    const done = await h.call("POST", `/api/v1/portal/surveys/${forBob.body.id}/responses`, {
      token: w.bobUser.token,
      body: { answers: { nps: 9, why: "Fast" } },
    });
    expect(done.status).toBe(201);
    const again = await h.call("POST", `/api/v1/portal/surveys/${forBob.body.id}/responses`, {
      token: w.bobUser.token,
      body: { answers: { nps: 9 } },
    });
    expect(again.status).toBe(409);
    const after = await h.call("GET", "/api/v1/portal/surveys", { token: w.bobUser.token });
    expect(after.body.items.map((i: { invitationId: string }) => i.invitationId)).not.toContain(
      forBob.body.id,
    );
    // Alice still sees hers.
    const alices = await h.call("GET", "/api/v1/portal/surveys", { token: w.aliceUser.token });
    expect(alices.body.items.map((i: { invitationId: string }) => i.invitationId)).toContain(
      forAlice.body.id,
    );
  });
});

describe("the survey at a visit's end", () => {
  it("gives the technician a personal link for the ticket's customer; another tenant's ticket is not found", async () => {
    await newSurvey({ name: "After the visit" });
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Washer leaks", description: "Water on the floor", type: "repair" },
    });
    expect(t.status).toBe(201);
    const r = await h.call("POST", "/api/v1/survey-visit-links", {
      token: w.technician.token,
      body: { ticketRef: t.body.number },
    });
    expect(r.status).toBe(201);
    expect(r.body.url).toBe(`https://help.example.com/survey/${r.body.token}`);
    // The link is Alice's: her portal lists it, and it takes her answer.
    const alices = await h.call("GET", "/api/v1/portal/surveys", { token: w.aliceUser.token });
    expect(alices.body.items.map((i: { invitationId: string }) => i.invitationId)).toContain(r.body.id);
    const answered = await h.call("POST", `/api/v1/public/surveys/${r.body.token}/responses`, {
      body: { answers: { nps: 10 } },
    });
    expect(answered.status).toBe(201);
    const foreign = await h.call("POST", "/api/v1/survey-visit-links", {
      token: other.technician.token,
      body: { ticketRef: t.body.number },
    });
    expect(foreign.status).toBe(404);
    const byCustomer = await h.call("POST", "/api/v1/survey-visit-links", {
      token: w.aliceUser.token,
      body: { ticketRef: t.body.number },
    });
    expect(byCustomer.status).toBe(403);
  });
});
