import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../../../shared/api/scorecards.js";
import { normalise, peerMean, scoreCard, weightsSum } from "./scoring.js";

describe("normalise", () => {
  it("scores 100 at or beyond the target and falls in proportion below it", () => {
    expect(normalise("higher", 0.85, 0.85)).toBe(100);
    expect(normalise("higher", 0.9, 0.85)).toBe(100);
    expect(normalise("higher", 0.425, 0.85)).toBe(50);
    expect(normalise("lower", 30, 60)).toBe(100);
    expect(normalise("lower", 120, 60)).toBe(50);
    expect(normalise("lower", 0.1, 0.05)).toBe(50);
    expect(normalise("lower", 0.03, 0)).toBe(0);
  });
  it("has no score without a value, a target or a direction", () => {
    expect(normalise("higher", null, 0.9)).toBeNull();
    expect(normalise("lower", 10, null)).toBeNull();
    expect(normalise("neutral", 10, 10)).toBeNull();
  });
  it("takes the mean of those who worked as the volume target", () => {
    expect(peerMean([20, 40, 0, 60])).toBe(40);
    expect(peerMean([0, 0])).toBeNull();
  });
});

describe("scoreCard", () => {
  // Worked by hand with the agent weights (README: People — scorecards).
  const readings = [
    { kpi: "first_response_minutes_avg", direction: "lower" as const, value: 120, target: 60 }, // 50
    { kpi: "resolution_minutes_avg", direction: "lower" as const, value: 1000, target: 1440 }, // 100
    { kpi: "volume", direction: "neutral" as const, value: 20, target: 40 }, // 50 (peer mean)
    { kpi: "sla_on_time_rate", direction: "higher" as const, value: 0.95, target: 0.95 }, // 100
    { kpi: "csat_avg", direction: "higher" as const, value: null, target: 4.5 }, // none
    { kpi: "reopen_rate", direction: "lower" as const, value: 0.1, target: 0.05 }, // 50
    { kpi: "fcr_rate", direction: "higher" as const, value: 0.68, target: 0.85 }, // 80
    { kpi: "callback_fixed_rate", direction: "higher" as const, value: 0.9, target: 0.9 }, // 100
    { kpi: "complaint_rate", direction: "lower" as const, value: 0, target: 0.02 }, // 100
  ];
  const card = scoreCard(readings, DEFAULT_WEIGHTS.agent);

  it("weighs the KPIs with a score; the weights of those without one are shared by the rest", () => {
    // (15·50 + 10·100 + 10·50 + 10·100 + 10·50 + 10·80 + 5·100 + 15·100) ÷ 85 = 6550 ÷ 85 = 77.06
    expect(card.score).toBe(77.1);
    // efficiency: (15·50 + 10·100 + 10·50 + 10·100) ÷ 45 = 72.2; quality: (10·50 + 10·80 + 5·100) ÷ 25
    expect(card.categories).toEqual({ efficiency: 72.2, quality: 72, attitude: 100, cost: null });
  });
  it("names the KPIs below target, never volume", () => {
    expect(card.weakKpis).toEqual(["first_response_minutes_avg", "reopen_rate", "fcr_rate"]);
    expect(card.kpis.find((k) => k.kpi === "volume")?.normalised).toBe(50);
  });
  it("moves with the weights: only response time weighed gives its own score", () => {
    const only = Object.fromEntries(
      Object.keys(DEFAULT_WEIGHTS.agent).map((k) => [k, 0]),
    ) as typeof DEFAULT_WEIGHTS.agent;
    only.first_response_minutes_avg = 100;
    expect(scoreCard(readings, only).score).toBe(50);
    expect(scoreCard([], DEFAULT_WEIGHTS.agent).score).toBeNull();
  });
  it("gives no score to a month without tickets (volume alone would make it 0)", () => {
    const idle = scoreCard(
      [{ kpi: "volume", direction: "neutral", value: 0, target: 12 }],
      DEFAULT_WEIGHTS.agent,
    );
    expect(idle.score).toBeNull();
    expect(idle.categories.efficiency).toBeNull();
  });
  it("the default weights of every role add up to 100", () => {
    for (const w of Object.values(DEFAULT_WEIGHTS)) expect(weightsSum(w)).toBe(100);
  });
});
