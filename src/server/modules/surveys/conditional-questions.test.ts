import { describe, expect, it } from "vitest";
import type { SurveyQuestion } from "../../../shared/api/surveys.js";
import { conditionProblem, isShown, valuesMeeting } from "../../../shared/survey-visibility.js";
import { keptAnswers } from "./answer-check.js";
import { conditionCss } from "./survey-page.js";

const Q: SurveyQuestion[] = [
  { id: "csat", kind: "csat", text: "How satisfied?" },
  {
    id: "why",
    kind: "text",
    text: "Why?",
    showIf: { questionId: "csat", op: "lt", value: 3 },
    required: true,
  },
  { id: "topic", kind: "multi", text: "About?", options: ["speed", "price", "staff"] },
  {
    id: "which",
    kind: "single",
    text: "Who?",
    options: ["a", "b"],
    showIf: { questionId: "topic", op: "in", value: ["staff"] },
  },
  { id: "more", kind: "text", text: "More?" },
];

describe("which conditional questions are shown", () => {
  it("shows 'why' only for a CSAT under 3, and hides it while CSAT is unanswered", () => {
    expect(isShown(Q, "why", { csat: 2 })).toBe(true);
    expect(isShown(Q, "why", { csat: 3 })).toBe(false);
    expect(isShown(Q, "why", {})).toBe(false);
    expect(isShown(Q, "more", {})).toBe(true);
  });
  it("matches a multi choice when any ticked option is listed", () => {
    expect(isShown(Q, "which", { topic: ["price", "staff"] })).toBe(true);
    expect(isShown(Q, "which", { topic: ["price"] })).toBe(false);
  });
  it("lists the values that meet a condition for the page's style sheet", () => {
    expect(valuesMeeting(Q[0] as SurveyQuestion, { questionId: "csat", op: "lte", value: 2 })).toEqual([
      "1",
      "2",
    ]);
    expect(valuesMeeting(Q[0] as SurveyQuestion, { questionId: "csat", op: "gte", value: 4 })).toEqual([
      "4",
      "5",
    ]);
  });
});

describe("the server's check of an answer", () => {
  it("drops an answer to a question the customer was not shown", () => {
    expect(keptAnswers(Q, { csat: 5, why: "typed before changing my mind" })).toEqual({
      answers: { csat: 5 },
      missing: null,
    });
  });
  it("does not count a required hidden question as missing, but does a required shown one", () => {
    expect(keptAnswers(Q, { csat: 4 }).missing).toBeNull();
    expect(keptAnswers(Q, { csat: 1 }).missing).toBe("why");
    expect(keptAnswers(Q, { csat: 1, why: "slow" })).toEqual({
      answers: { csat: 1, why: "slow" },
      missing: null,
    });
  });
});

describe("saving a condition", () => {
  const at = (qs: SurveyQuestion[]) => conditionProblem(qs, qs.length - 1);
  const csat: SurveyQuestion = { id: "csat", kind: "csat", text: "?" };
  const why = (showIf: NonNullable<SurveyQuestion["showIf"]>): SurveyQuestion => ({
    id: "why",
    kind: "text",
    text: "?",
    showIf,
  });
  it("accepts a sound condition on an earlier question", () => {
    expect(Q.map((_, i) => conditionProblem(Q, i))).toEqual([null, null, null, null, null]);
  });
  it("refuses a later or unknown question, a conditional one, an op unfit for the kind and impossible values", () => {
    expect(conditionProblem([why({ questionId: "csat", op: "lt", value: 3 }), csat], 0)).toBe("reference");
    expect(at([csat, why({ questionId: "nope", op: "lt", value: 3 })])).toBe("reference");
    expect(at([...Q.slice(0, 2), { ...why({ questionId: "why", op: "eq", value: "x" }), id: "w2" }])).toBe(
      "reference",
    );
    expect(at([{ id: "t", kind: "text", text: "?" }, why({ questionId: "t", op: "eq", value: "x" })])).toBe(
      "op",
    );
    expect(at([Q[2] as SurveyQuestion, why({ questionId: "topic", op: "lt", value: 3 })])).toBe("op");
    expect(at([Q[2] as SurveyQuestion, why({ questionId: "topic", op: "eq", value: "colour" })])).toBe(
      "value",
    );
    expect(at([csat, why({ questionId: "csat", op: "lt", value: 1 })])).toBe("value");
    expect(at([csat, why({ questionId: "csat", op: "in", value: 2 })])).toBe("value");
    expect(at([csat, why({ questionId: "csat", op: "eq", value: "2" })])).toBe("value");
  });
});

describe("the answer page's script-free show and hide", () => {
  it("shows 'why' when CSAT 1 or 2 is checked, with no quote or bracket from an option in the CSS", () => {
    const css = conditionCss([
      { id: "pick", kind: "single", text: "?", options: ['a"</style>'] },
      { id: "w", kind: "text", text: "?", showIf: { questionId: "pick", op: "eq", value: 'a"</style>' } },
      ...Q.slice(0, 2),
    ]);
    expect(css).toContain("value=\\31 ]:checked) #f\\5f why");
    expect(css).toContain("value=\\32 ]:checked)");
    expect(css).not.toContain("value=\\33 ]");
    expect(css).not.toMatch(/["<>]/);
  });
});
