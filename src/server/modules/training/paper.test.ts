import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BankQuestion, drawPaper } from "./paper.js";

const KINDS = ["single", "multiple", "true_false", "short"] as const;
const bankOf = (kinds: readonly (typeof KINDS)[number][]): BankQuestion[] =>
  kinds.map((kind, i) => ({
    id: `q${String(i).padStart(3, "0")}`,
    kind,
    optionCount: kind === "short" ? 0 : 4,
  }));

describe("exam papers", () => {
  it("never repeat a question and always have the configured count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.string(),
        (kinds, n, seed) => {
          const bank = bankOf(kinds);
          const count = (n % bank.length) + 1;
          const paper = drawPaper(bank, count, seed);
          expect(paper).toHaveLength(count);
          expect(new Set(paper.map((p) => p.questionId)).size).toBe(count);
          for (const p of paper) {
            const q = bank.find((b) => b.id === p.questionId);
            expect(q).toBeDefined();
            // Every option shown exactly once.
            if (q?.kind === "single" || q?.kind === "multiple")
              expect([...p.options].sort()).toEqual([0, 1, 2, 3]);
          }
        },
      ),
    );
  });

  it("is the same paper again for the same seed, whatever order the bank comes in", () => {
    const bank = bankOf([
      "single",
      "multiple",
      "true_false",
      "short",
      "single",
      "single",
      "multiple",
      "single",
    ]);
    const a = drawPaper(bank, 5, "att_1");
    expect(drawPaper([...bank].reverse(), 5, "att_1")).toEqual(a);
  });

  it("draws different papers for different attempts", () => {
    const bank = bankOf(Array.from({ length: 20 }, () => "single" as const));
    const papers = new Set(
      Array.from({ length: 10 }, (_, i) => JSON.stringify(drawPaper(bank, 8, `attempt-${i}`))),
    );
    expect(papers.size).toBe(10);
  });

  it("refuses a paper larger than the bank", () => {
    expect(() => drawPaper(bankOf(["single"]), 2, "s")).toThrow(RangeError);
  });
});
