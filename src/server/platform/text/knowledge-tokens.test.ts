import { describe, expect, it } from "vitest";
import { compileLexicon, knowledgeTokens, stem, withinEdits } from "./knowledge-tokens.js";

const lexicon = compileLexicon({
  words: ["洗衣机", "不制冷"],
  synonyms: [
    ["脱水", "甩干"],
    ["不制冷", "不冷"],
    ["进度", "到哪了"],
    ["空调", "冷气机"],
  ],
  glossary: { "washing machine": "洗衣机", washer: "洗衣机", spin: "脱水", warranty: "保修" },
  stopwords: ["时", "怎么办", "要不要", "the", "my"],
  potentialVerbs: { 排: "排水", 甩: "脱水" },
  sounds: { characters: "咚咣嗡", word: "噪音" },
  productSenses: { 空调: { 热: "不制冷" } },
  products: { words: ["洗衣机"], weight: 0.5 },
  patterns: [["(一会儿?|时)[冷凉热烫].{0,3}(一会儿?|时)[冷凉热烫]", "忽冷忽热"]],
});
const terms = (text: string, forQuery = false) => knowledgeTokens(text, lexicon, forQuery).map((t) => t.term);
const words = (text: string, forQuery = false) => terms(text, forQuery).filter((t) => t.startsWith("w:"));

describe("knowledge tokens", () => {
  it("segments Chinese into dictionary words and maps synonyms to one form", () => {
    expect(words("洗衣机甩干怎么办")).toEqual(expect.arrayContaining(["w:洗衣机", "w:脱水"]));
    expect(words("洗衣机甩干怎么办")).not.toContain("w:甩干");
    expect(words("空调不冷")).toContain("w:不制冷");
  });

  it("drops stop words", () => {
    expect(words("洗衣机脱水时怎么办")).not.toContain("w:时");
    expect(words("洗衣机脱水时怎么办")).not.toContain("w:怎么办");
  });

  it("keeps fault codes whole whatever way they are typed", () => {
    for (const text of ["洗衣机甩干时E3", "e3", "E-3", "Ｅ３", "E03 on the washer"])
      expect(terms(text)).toContain("c:e3");
    expect(terms("F07")).toContain("c:f7");
    // a code is never read as a word or pinyin
    expect(terms("E3").filter((t) => !t.startsWith("c:"))).toEqual([]);
  });

  it("gives Chinese words their pinyin and initials, so Latin-mode typing finds them", () => {
    const doc = terms("洗衣机");
    expect(doc).toEqual(expect.arrayContaining(["p:xiyiji", "i:xyj"]));
    expect(terms("xiyiji")).toContain("p:xiyiji");
    expect(terms("xyj")).toContain("i:xyj");
  });

  it("meets a homophone slip on the pinyin of character pairs", () => {
    const right = terms("脱水").filter((t) => t.startsWith("s:"));
    const slip = terms("托水").filter((t) => t.startsWith("s:"));
    expect(right).toEqual(["s:tuo_shui"]);
    expect(slip).toEqual(right);
  });

  it("maps English through the glossary so it meets Chinese articles", () => {
    expect(words("washing machine spin", true)).toEqual(expect.arrayContaining(["w:洗衣机", "w:脱水"]));
    expect(words("my washer")).toContain("w:洗衣机");
    expect(words("my washer")).not.toContain("w:my");
  });

  it("tokenises mixed text: Chinese words, codes, English and pinyin together", () => {
    const t = terms("xiyiji 甩干 E3 washer");
    expect(t).toEqual(expect.arrayContaining(["p:xiyiji", "w:脱水", "c:e3", "w:洗衣机"]));
  });

  it("forgives English typos of glossary words in questions only", () => {
    expect(words("warrenty", true)).toContain("w:保修");
    expect(words("warrenty", false)).not.toContain("w:保修");
  });

  it("reads a can't-V phrase as its verb's topic, and only that phrase", () => {
    // 排不掉 (can't drain) and 甩不干 (can't spin dry) name draining and spinning without the words.
    expect(words("洗衣机水排不掉")).toContain("w:排水");
    expect(words("衣服甩不干")).toContain("w:脱水");
    // A lone verb, or one with another complement, is not read as the topic.
    expect(words("排队")).not.toContain("w:排水");
    expect(words("排得很整齐")).not.toContain("w:排水");
  });

  it("stems English enough for leaks/leaking/leaked to meet", () => {
    expect(stem("leaking")).toBe("leak");
    expect(stem("leaks")).toBe("leak");
    expect(stem("leaked")).toBe("leak");
    expect(stem("dishes")).toBe("dish");
  });

  it("measures edit distance within a bound", () => {
    expect(withinEdits("invoce", "invoice", 1)).toBe(true);
    expect(withinEdits("invoce", "install", 1)).toBe(false);
  });

  it("gives a synonym its canonical word's spellings, so it weighs as much as that word", () => {
    // 到哪了 is how a customer asks for 进度 (progress); the article says 进度.
    expect(terms("维修到哪了", true)).toEqual(
      expect.arrayContaining(["w:进度", "p:jindu", "i:jd", "b:进度"]),
    );
  });

  it("hears a repeated sound word as a noise, and a single character as nothing", () => {
    expect(words("洗衣机一甩干就咚咚咚的")).toContain("w:噪音");
    expect(words("洗衣机咣咣响")).toContain("w:噪音");
    expect(words("咚的一下停了")).not.toContain("w:噪音");
  });

  it("reads a word in the sense of the product asked about, unless negated", () => {
    // Heat in the room from an air conditioner is the fault "not cooling"…
    expect(words("空调开了一晚上屋里还是热", true)).toContain("w:不制冷");
    expect(words("冷气机开着屋里还是热", true)).toContain("w:不制冷");
    // …but not without one, not when negated, and never in an article.
    expect(words("屋里还是热", true)).not.toContain("w:不制冷");
    expect(words("空调不热", true)).not.toContain("w:不制冷");
    expect(words("空调开了一晚上屋里还是热")).not.toContain("w:不制冷");
  });

  it("weighs a product word as context in a question, at full weight in an article", () => {
    const weightOf = (text: string, forQuery: boolean) =>
      knowledgeTokens(text, lexicon, forQuery).find((t) => t.term === "w:洗衣机")?.weight ?? 1;
    expect(weightOf("洗衣机保修多久", true)).toBe(0.5);
    expect(weightOf("洗衣机保修多久", false)).toBe(1);
  });

  it("finds no topic inside a stop word", () => {
    // Search mode would split 要不要 into 不要; neither is what the question is about.
    expect(words("空调要不要定期清洗", true)).not.toContain("w:不要");
    expect(words("空调要不要定期清洗", true)).toContain("w:清洗");
  });

  it("reads a construction no dictionary word holds", () => {
    expect(words("洗澡水一会烫一会凉")).toContain("w:忽冷忽热");
    expect(words("水温时冷时热")).toContain("w:忽冷忽热");
    expect(words("一会儿就热了")).not.toContain("w:忽冷忽热");
  });
});
