import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentTokens, queryTokens } from "./ticket-search.js";

const sorted = (a: string[]) => [...a].sort();

describe("documentTokens", () => {
  it("gives every CJK character and every adjacent pair", () => {
    expect(sorted(documentTokens("冰箱漏水"))).toEqual(
      sorted(["冰", "箱", "漏", "水", "冰箱", "箱漏", "漏水"]),
    );
  });

  it("gives the trigrams of a Latin word, or the word itself below three characters", () => {
    expect(sorted(documentTokens("Washer OK"))).toEqual(sorted(["was", "ash", "she", "her", "ok"]));
  });

  it("splits mixed Chinese, English and digits into separate runs", () => {
    expect(sorted(documentTokens("LG冰箱E5故障"))).toEqual(
      sorted(["lg", "冰", "箱", "冰箱", "e5", "故", "障", "故障"]),
    );
  });

  it("folds case and full-width letters and digits, and never pairs across punctuation", () => {
    expect(sorted(documentTokens("ＬＧ　冰箱，噪音！Ａ１"))).toEqual(
      sorted(["lg", "冰", "箱", "冰箱", "噪", "音", "噪音", "a1"]),
    );
    expect(documentTokens("VIBRATES")).toEqual(documentTokens("vibrates"));
  });

  it("treats other characters as separators", () => {
    expect(documentTokens("—— !!! ？。")).toEqual([]);
    expect(sorted(documentTokens("café"))).toEqual(["caf"]);
  });

  it("counts characters outside the BMP as one", () => {
    expect(sorted(documentTokens("𠀀𠀁"))).toEqual(sorted(["𠀀", "𠀁", "𠀀𠀁"]));
  });
});

describe("queryTokens", () => {
  it("looks up a two-character Chinese query as its pair and a one-character one as itself", () => {
    expect(queryTokens("冰箱")).toEqual(["冰箱"]);
    expect(queryTokens("漏")).toEqual(["漏"]);
    expect(queryTokens("冰箱漏水")).toEqual(["冰箱", "箱漏", "漏水"]);
  });

  it("uses the trigrams of a word, whatever its case or width", () => {
    expect(queryTokens("vibrat")).toEqual(["vib", "ibr", "bra", "rat"]);
    expect(queryTokens("VIBRAT")).toEqual(queryTokens("vibrat"));
    expect(queryTokens("ｖｉｂ")).toEqual(["vib"]);
  });

  it("skips a short word at either end (it may be the tail or head of a longer word)", () => {
    expect(queryTokens("ab")).toEqual([]);
    expect(queryTokens("E5")).toEqual([]);
    expect(queryTokens("LG冰箱")).toEqual(["冰箱"]);
    expect(queryTokens("冰箱 E5")).toEqual(["冰箱"]);
  });

  it("keeps a short word with a separator on both sides", () => {
    expect(queryTokens("冰箱 E5 故障")).toEqual(["冰箱", "e5", "故障"]);
    expect(queryTokens("a b c")).toEqual(["b"]);
  });

  it("has nothing to offer for punctuation", () => {
    expect(queryTokens("%")).toEqual([]);
    expect(queryTokens("_")).toEqual([]);
    expect(queryTokens("，。！")).toEqual([]);
  });
});

// The property search relies on: whenever a text contains q (case-insensitively, as ILIKE), every
// query token of q is among the text's tokens, so the index never hides a match.
describe("query tokens are always a subset of the tokens of any text containing the query", () => {
  const alphabet = [
    "a",
    "b",
    "c",
    "A",
    "B",
    "C",
    "1",
    "2",
    "冰",
    "箱",
    "漏",
    "水",
    "の",
    "한",
    "𠀀",
    "Ａ",
    "ｂ",
    "３",
    "\u212a",
    "k",
    "K",
    "\u0130",
    "i",
    "é",
    " ",
    "-",
    "，",
    "。",
    "%",
    "_",
  ];
  const char = fc.constantFrom(...alphabet);
  const text = fc.array(char, { minLength: 1, maxLength: 40 }).map((cs) => cs.join(""));
  // Letters the query may spell differently from the text: at least every pair ILIKE equates on
  // any LC_CTYPE (ASCII case; with a Unicode locale also full-width case, KELVIN SIGN and dotted I,
  // whose lowercase is ASCII, and accented letters).
  const same = [
    ["a", "A", "Ａ", "ａ"],
    ["b", "B", "ｂ", "Ｂ"],
    ["k", "K", "\u212a"],
    ["i", "I", "\u0130"],
    ["é", "É"],
  ];
  const variant = (c: string, pick: number) => {
    const cls = same.find((group) => group.includes(c));
    return cls ? (cls[pick % cls.length] ?? c) : c;
  };
  const flip = (s: string, picks: number[]) =>
    [...s].map((c, i) => variant(c, picks[i % picks.length] ?? 0)).join("");

  it("holds for random texts, substrings and case changes", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.array(fc.nat(3), { minLength: 1 }), (t, a, b, picks) => {
        const chars = [...t];
        const from = a % chars.length;
        const to = from + 1 + (b % (chars.length - from));
        const q = flip(chars.slice(from, to).join(""), picks);
        const doc = new Set(documentTokens(t));
        for (const token of queryTokens(q)) expect(doc.has(token), `${token} of ${q} in ${t}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
