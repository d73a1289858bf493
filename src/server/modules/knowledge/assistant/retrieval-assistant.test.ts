import { describe, expect, it } from "vitest";
import { type Candidate, extract, retrievalAssistant } from "./retrieval-assistant.js";

const candidate = (key: string, productLine: string | null, score: number, coverage = 1): Candidate => ({
  articleId: `a-${key}`,
  key,
  title: key,
  body: "",
  productLine,
  score,
  coverage,
});
const washer = candidate("washer-e3", "washer", 2);
const aircon = candidate("aircon-e3", "aircon", 1.9);

describe("retrieval assistant", () => {
  it("asks which product when two products' articles tie", () => {
    const d = retrievalAssistant.decide("E3", [washer, aircon], { productLines: [] });
    expect(d.kind).toBe("clarify");
  });

  it("lets the customer's registered product or the product named in the question break the tie", () => {
    const owned = retrievalAssistant.decide("E3", [washer, aircon], { productLines: ["aircon"] });
    expect(owned).toMatchObject({ kind: "answer", candidate: { key: "aircon-e3" } });
    const named = retrievalAssistant.decide("空调 E3", [washer, aircon], {
      productLines: [],
      mentioned: ["aircon"],
    });
    expect(named).toMatchObject({ kind: "answer", candidate: { key: "aircon-e3" } });
  });

  it("hands off when unsure, when nothing matched, and whenever a person is asked for", () => {
    expect(
      retrievalAssistant.decide("?", [candidate("x", null, 1, 0.1)], { productLines: [] }),
    ).toMatchObject({
      kind: "handoff",
      reason: "unsure",
    });
    expect(retrievalAssistant.decide("?", [], { productLines: [] })).toMatchObject({ reason: "no_answer" });
    for (const q of ["转人工", "我要找客服人员", "let me talk to a person", "human please"])
      expect(retrievalAssistant.decide(q, [washer], { productLines: [] })).toMatchObject({
        kind: "handoff",
        reason: "asked_for_person",
      });
  });

  it("counts translations of one article once", () => {
    const en = { ...washer, articleId: "a-washer-e3-en", score: 1.95 };
    const d = retrievalAssistant.decide("washer E3", [washer, en], { productLines: [] });
    expect(d.kind).toBe("answer");
  });
});

describe("extract", () => {
  it("keeps the sentences that match best, in their order, without spaces between Chinese ones", () => {
    const body = "第一句无关。E3 表示不平衡。请把衣物抖散。最后一句也无关。";
    const text = extract(body, (s) => (s.includes("E3") || s.includes("衣物") ? 1 : 0), 20);
    expect(text).toBe("E3 表示不平衡。请把衣物抖散。");
  });
});

describe("retrieval assistant and products it knows nothing about", () => {
  const fridgeNoise = candidate("fridge-noise", "fridge", 3, 0.6);

  it("hands off a question about a product no article covers, even when a shared word matched", () => {
    const d = retrievalAssistant.decide("油烟机噪音大", [fridgeNoise], {
      productLines: [],
      unknownProducts: ["油烟机"],
    });
    expect(d).toMatchObject({ kind: "handoff", reason: "no_answer" });
  });

  it("still answers when the question also names a product the knowledge base has", () => {
    const d = retrievalAssistant.decide("冰箱旁边的油烟机一开冰箱噪音就大", [fridgeNoise], {
      productLines: [],
      mentioned: ["fridge"],
      unknownProducts: ["油烟机"],
    });
    expect(d).toMatchObject({ kind: "answer", candidate: { key: "fridge-noise" } });
  });
});
