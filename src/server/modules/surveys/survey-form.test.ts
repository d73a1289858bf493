import { describe, expect, it } from "vitest";
import { answersFromForm } from "./survey-page.routes.js";

const Q = [
  { id: "nps", kind: "nps" },
  { id: "pick", kind: "multi" },
  { id: "one", kind: "single" },
  { id: "why", kind: "text" },
];

describe("the answer page's form as answers", () => {
  it("turns scores into numbers, several boxes into a list and leaves empty fields out", () => {
    expect(answersFromForm(Q, { q_nps: "3", q_pick: ["a", "b"], q_one: "x", q_why: "  slow  " })).toEqual({
      nps: 3,
      pick: ["a", "b"],
      one: "x",
      why: "slow",
    });
    expect(answersFromForm(Q, { q_why: " ", q_pick: [] })).toEqual({});
  });
  it("keeps a non-numeric score as text, so validation refuses it instead of reading 0", () => {
    expect(answersFromForm(Q, { q_nps: "ten" })).toEqual({ nps: "ten" });
  });
});
