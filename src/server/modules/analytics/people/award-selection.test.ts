import { describe, expect, it } from "vitest";
import { selectWinners } from "./award-selection.js";

const card = (subjectId: string, role: string, score: number | null, volume: number) => ({
  subjectId,
  role,
  score,
  volume,
});

describe("selectWinners", () => {
  const cards = [
    card("usr_a", "agent", 90, 30),
    card("usr_e", "agent", 90, 40),
    card("usr_b", "agent", 90, 40),
    card("usr_c", "agent", 95, 2), // best score, too few tickets
    card("usr_d", "agent", 80, 50),
    card("usr_t", "technician", 70, 12),
    card("usr_u", "technician", null, 20), // no score
  ];

  it("takes the top N per role: higher score, then more tickets, then the id", () => {
    const winners = selectWinners(cards, 2, 10).map((w) => [w.role, w.rank, w.card.subjectId]);
    expect(winners).toEqual([
      ["agent", 1, "usr_b"],
      ["agent", 2, "usr_e"],
      ["technician", 1, "usr_t"],
    ]);
  });
  it("keeps out whoever handled fewer tickets than the minimum", () => {
    expect(selectWinners(cards, 1, 1)[0]?.card.subjectId).toBe("usr_c");
    expect(selectWinners(cards, 1, 10)[0]?.card.subjectId).toBe("usr_b");
    expect(selectWinners(cards, 3, 45).map((w) => w.card.subjectId)).toEqual(["usr_d"]);
  });
});
