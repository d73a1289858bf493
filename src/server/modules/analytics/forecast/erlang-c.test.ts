import { describe, expect, it } from "vitest";
import { agentsForServiceLevel, probabilityOfWaiting, serviceLevel } from "./erlang-c.js";

describe("Erlang C", () => {
  it("gives the textbook chance of waiting: 2 Erlangs on 3 agents wait 4/9 of the time", () => {
    expect(probabilityOfWaiting(3, 2)).toBeCloseTo(4 / 9, 10);
    expect(probabilityOfWaiting(1, 0.5)).toBeCloseTo(0.5, 10); // M/M/1: ρ
  });

  // The worked example of most call-centre primers (e.g. Call Centre Helper's Erlang C article):
  // 10 Erlangs; 13 agents reach 79.6 %, 14 agents 88.8 % with a 17.4 % chance of waiting.
  it("staffs the classic example: 100 calls in 30 min of 3 min each, 80 % in 20 s → 14 agents", () => {
    const q = { arrivalsPerHour: 200, handlingSeconds: 180 };
    expect(serviceLevel(13, q, 20)).toBeCloseTo(0.796, 3);
    expect(serviceLevel(14, q, 20)).toBeCloseTo(0.888, 3);
    expect(probabilityOfWaiting(14, 10)).toBeCloseTo(0.174, 3);
    expect(agentsForServiceLevel(q, 0.8, 20)).toBe(14);
  });

  it("needs no one without contacts and more agents than Erlangs always", () => {
    expect(agentsForServiceLevel({ arrivalsPerHour: 0, handlingSeconds: 300 }, 0.8, 20)).toBe(0);
    expect(agentsForServiceLevel({ arrivalsPerHour: 1, handlingSeconds: 360 }, 0.8, 20)).toBe(1);
    expect(serviceLevel(10, { arrivalsPerHour: 200, handlingSeconds: 180 }, 20)).toBe(0);
  });
});
