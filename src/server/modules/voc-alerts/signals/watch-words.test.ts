import { describe, expect, it } from "vitest";
import { watchWords } from "./watch-words.js";

const terms = (t: string) => watchWords(t).map((h) => `${h.category}:${h.term}`);

describe("media, social and legal word watch", () => {
  it("finds the words in Chinese and English", () => {
    expect(terms("再不处理我就找媒体曝光，还要发微博")).toEqual(
      expect.arrayContaining(["media:曝光", "media:媒体", "social:微博"]),
    );
    expect(terms("已经打了12315，也咨询了律师，准备起诉")).toEqual(
      expect.arrayContaining(["regulator:12315", "legal:律师", "legal:起诉"]),
    );
    expect(terms("My lawyer will sue you and I will go to the media")).toEqual(
      expect.arrayContaining(["legal:lawyer", "legal:sue", "media:media"]),
    );
  });

  it("does not see a word inside another word or number", () => {
    expect(watchWords("There is an issue with the pressure valve")).toEqual([]);
    expect(watchWords("订单号 2123159")).toEqual([]);
    expect(watchWords("洗衣机漏水，请尽快安排师傅")).toEqual([]);
  });
});
