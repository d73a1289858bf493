import { describe, expect, it } from "vitest";
import { NEGATIVE_THRESHOLD, scoreSentiment } from "./sentiment.js";

const score = (t: string) => scoreSentiment(t).score;
const negative = (t: string) => score(t) <= NEGATIVE_THRESHOLD;

describe("lexicon sentiment (zh/en) with negation", () => {
  it("reads plain praise and plain anger in both languages", () => {
    expect(score("师傅很专业，修好了，非常满意")).toBeGreaterThan(0.5);
    expect(negative("质量太差了，非常失望，售后就是垃圾")).toBe(true);
    expect(score("Great service, the technician was very helpful")).toBeGreaterThan(0.5);
    expect(negative("Terrible service, I am really angry and disappointed")).toBe(true);
  });

  it("flips a sentiment word after 不/没/并不/不是", () => {
    expect(negative("我不满意")).toBe(true);
    expect(score("并不好")).toBeLessThan(0);
    expect(score("并不满意")).toBeLessThan(0);
    expect(negative("不是很满意")).toBe(true);
    expect(score("没有解决")).toBeLessThan(0);
    expect(score("没问题了")).toBeGreaterThan(0);
    expect(score("不差")).toBeGreaterThan(0);
  });

  it("keeps words whose meaning is not a negation: 不错 is praise", () => {
    expect(score("不错，挺好")).toBeGreaterThan(0);
  });

  it("flips after not/never/no in English, within the clause only", () => {
    expect(negative("I am not happy with this")).toBe(true);
    expect(score("never had a problem since")).toBeGreaterThan(0);
    expect(score("not bad at all")).toBeGreaterThan(0);
    // The negation ends with its clause: "no" does not reach "helpful".
    expect(score("No reply yet. The agent was helpful")).toBeGreaterThan(0);
  });

  it("is neutral on text it has no words for", () => {
    expect(scoreSentiment("请问型号是多少？").hits).toEqual([]);
    expect(score("What is the model number?")).toBe(0);
  });
});
