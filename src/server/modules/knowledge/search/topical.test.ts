import { describe, expect, it } from "vitest";
import { isTopical } from "./topical.js";

const none = new Set<string>();

describe("whether an article matched what the question is about", () => {
  it("counts the lexicon's topic words, fault codes and slips of them", () => {
    expect(isTopical(["w:空调", "w:不制冷"], none)).toBe(true);
    expect(isTopical(["c:e3"], none)).toBe(true);
    // 楼水 is a homophone slip of 漏水: its syllable pair is the leak's.
    expect(isTopical(["w:洗衣机", "s:lou_shui"], none)).toBe(true);
  });

  it("does not count a product, its spellings or a common word", () => {
    expect(isTopical(["w:空调", "p:kongtiao", "i:kt", "b:空调"], none)).toBe(false);
    expect(isTopical(["w:热水", "b:热水", "p:reshui"], new Set(["w:热水", "b:热水"]))).toBe(false);
    expect(isTopical(["w:open", "w:hour"], none)).toBe(false);
  });

  it("counts the words of the knowledge base's own titles and tags, for what the lexicon does not know", () => {
    expect(isTopical(["w:黑屏"], none)).toBe(false);
    expect(isTopical(["w:黑屏"], new Set(["w:黑屏"]))).toBe(true);
  });
});
