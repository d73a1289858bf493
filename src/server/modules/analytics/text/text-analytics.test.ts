import { describe, expect, it } from "vitest";
import { clusterDocs } from "./clustering.js";
import { phrasesOf, textTerms } from "./text-terms.js";

const terms = (s: string) => textTerms(s).map((t) => t.term);

describe("text terms", () => {
  it("keeps fault codes whole and product terms as words, in Chinese and English", () => {
    const zh = terms("滚筒洗衣机显示E21，不排水怎么办");
    expect(zh).toContain("E21");
    // The domain dictionary keeps 滚筒洗衣机 whole and files it under its canonical product term.
    expect(zh).toContain("洗衣机");
    expect(zh).not.toContain("滚筒");
    expect(zh).toContain("排水");
    expect(zh).not.toContain("怎么办");
    expect(zh).not.toContain("21");
    const en = terms("My washer shows error e-21 and the drain pump is noisy");
    expect(en).toContain("E21");
    // The glossary makes the English product term the Chinese one, so both languages count together.
    expect(en).toContain("洗衣机");
    expect(en).not.toContain("my");
    expect(en).not.toContain("the");
  });

  it("finds two-word phrases without jieba's overlapping parts", () => {
    const p = phrasesOf(textTerms("空调 室外机 噪音"));
    expect(p.some((x) => x.includes("室外机"))).toBe(true);
    for (const x of p) expect(x).not.toBe("空调空调");
  });
});

describe("clustering similar problems", () => {
  it("groups hand-made near-duplicates together and keeps different problems apart", () => {
    const texts: [string, string][] = [
      ["a1", "洗衣机 E21 不排水"],
      ["a2", "洗衣机显示E21，排水很慢"],
      ["a3", "Washer shows E21, water does not drain"],
      ["b1", "空调不制冷，室外机不转"],
      ["b2", "空调制冷效果差 室外机不启动"],
      ["c1", "冰箱冷藏室结冰"],
      ["c2", "冰箱冷藏室里结冰很厚"],
    ];
    const clusters = clusterDocs(texts.map(([id, t]) => ({ id, terms: textTerms(t) })));
    const groupOf = (id: string) => clusters.findIndex((c) => c.ids.includes(id));
    expect(groupOf("a1")).toBe(groupOf("a2"));
    expect(groupOf("a1")).toBe(groupOf("a3"));
    expect(groupOf("b1")).toBe(groupOf("b2"));
    expect(groupOf("c1")).toBe(groupOf("c2"));
    expect(new Set([groupOf("a1"), groupOf("b1"), groupOf("c1")]).size).toBe(3);
    expect(clusters[0]?.topTerms).toContain("E21");
  });
});
