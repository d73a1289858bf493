import { describe, expect, it } from "vitest";
import { unknownFaultCodes } from "./unknown-codes.js";

const articles = [
  { productLine: "washer", faultCodes: ["E1", "E3"] },
  { productLine: "aircon", faultCodes: ["E3", "F07"] },
  { productLine: null, faultCodes: [] },
];
const unknown = (q: string, lines: string[] = []) => unknownFaultCodes(q, articles, lines);

describe("fault codes no article has for the product asked about", () => {
  it("names a code the product's articles lack, however it is typed", () => {
    expect(unknown("冰箱显示E3", ["fridge"])).toEqual(["E3"]);
    expect(unknown("洗衣机显示 f-07", ["washer"])).toEqual(["F7"]);
    expect(unknown("E5 怎么办")).toEqual(["E5"]);
  });

  it("knows a code any of the products has, and a question without a code asks nothing", () => {
    expect(unknown("空调显示F7", ["aircon"])).toEqual([]);
    expect(unknown("e 3 怎么办", ["washer", "aircon"])).toEqual([]);
    expect(unknown("E3 怎么办")).toEqual([]);
    expect(unknown("冰箱不制冷", ["fridge"])).toEqual([]);
  });
});
