import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("sq");
const [w] = worlds;

const QUESTIONS = [
  { id: "csat", kind: "csat", text: "满意吗？", textEn: "How satisfied are you?" },
  {
    id: "why",
    kind: "text",
    text: "哪里不满意？",
    textEn: "What went wrong?",
    showIf: { questionId: "csat", op: "lt", value: 3 },
    required: true,
  },
];

async function surveyWithLink() {
  const s = await h.call("POST", "/api/v1/surveys", {
    token: w.supervisor.token,
    body: { name: "Conditional", questions: QUESTIONS },
  });
  expect(s.status).toBe(201);
  const l = await h.call("POST", `/api/v1/surveys/${s.body.id}/invitations`, {
    token: w.agent.token,
    body: { customerId: w.bob.id, channel: "link" },
  });
  return { id: s.body.id as string, token: l.body.token as string };
}

const answer = (token: string, answers: Record<string, unknown>) =>
  h.call("POST", `/api/v1/public/surveys/${token}/responses`, { body: { answers }, lang: "zh-CN" });

describe("conditional questions", () => {
  it("refuses a condition on a later question or with an op unfit for the kind, in the user's language", async () => {
    const later = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      lang: "zh-CN",
      body: { name: "x", questions: [QUESTIONS[1], QUESTIONS[0]] },
    });
    expect(later.status).toBe(400);
    expect(later.body.error.code).toBe("survey.bad_condition");
    expect(later.body.error.message).toContain("显示条件");
    const onText = await h.call("POST", "/api/v1/surveys", {
      token: w.supervisor.token,
      body: {
        name: "x",
        questions: [
          { id: "t", kind: "text", text: "?" },
          { id: "u", kind: "text", text: "?", showIf: { questionId: "t", op: "gt", value: 2 } },
        ],
      },
    });
    expect(onText.status).toBe(400);
    expect(onText.body.error.message).toContain("must refer to an earlier question");
  });

  it("requires 'why' only when it is shown, and ignores it when the score no longer asks it", async () => {
    const a = await surveyWithLink();
    const missing = await answer(a.token, { csat: 2 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("survey.answer_missing");
    expect(missing.body.error.message).toContain("必须回答");
    expect((await answer(a.token, { csat: 5, why: "typed, then changed my mind" })).status).toBe(201);

    const b = await surveyWithLink();
    expect((await answer(b.token, { csat: 1, why: "too slow" })).status).toBe(201);
    const results = await h.call("GET", `/api/v1/surveys/${a.id}/results`, { token: w.supervisor.token });
    const why = results.body.questions.find((q: { id: string }) => q.id === "why");
    expect(why.answered).toBe(0);
    const resultsB = await h.call("GET", `/api/v1/surveys/${b.id}/results`, { token: w.supervisor.token });
    expect(resultsB.body.questions.find((q: { id: string }) => q.id === "why").answered).toBe(1);
  });

  it("hides 'why' on the answer page until a low score is checked, without script", async () => {
    const a = await surveyWithLink();
    const page = await h.call("GET", `/survey/${a.token}`, { lang: "en" });
    expect(page.body).toContain('class="cond"');
    expect(page.body).toContain(".cond{display:none}");
    expect(page.body).toMatch(/value=\\31 \]:checked\) #f\\5f why/);
    expect(page.body).not.toContain("<script");
    const form = await h.call("POST", `/survey/${a.token}`, {
      raw: new URLSearchParams([["q_csat", "1"]]).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      lang: "en",
    });
    expect(form.status).toBe(400);
    expect(form.body).toContain("Please check this answer.");
  });
});
