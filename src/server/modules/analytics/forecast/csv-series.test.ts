import { describe, expect, it } from "vitest";
import { parseDailyCsv } from "./csv-series.js";

describe("daily date,value CSV for the backtest", () => {
  it("reads a header, a BOM and CRLF, and fills a missing day with 0 tickets", () => {
    const s = parseDailyCsv("\uFEFFdate,value\r\n2026-03-01,5\r\n2026-03-02,7\r\n\r\n2026-03-04,2\r\n");
    expect(s).toEqual([
      { date: "2026-03-01", value: 5 },
      { date: "2026-03-02", value: 7 },
      { date: "2026-03-03", value: 0 },
      { date: "2026-03-04", value: 2 },
    ]);
  });

  it("names the line of a bad row", () => {
    expect(() => parseDailyCsv("2026-03-01,5\n03/02/2026,4\n")).toThrow(/line 2/);
    expect(() => parseDailyCsv("2026-03-01,5\n2026-03-02,-1\n")).toThrow(/line 2: the value/);
    expect(() => parseDailyCsv("2026-03-01,5\n2026-03-02,x\n")).toThrow(/line 2/);
  });

  it("refuses days out of order or repeated", () => {
    expect(() => parseDailyCsv("2026-03-02,5\n2026-03-01,4\n")).toThrow(/not after/);
    expect(() => parseDailyCsv("2026-03-02,5\n2026-03-02,4\n")).toThrow(/not after/);
  });
});
