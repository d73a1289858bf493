import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, exportCsv } from "./csv";

describe("csv", () => {
  it("quotes separators, quotes and line breaks, keeps Chinese as is", () => {
    expect(csvCell("刘明艳")).toBe("刘明艳");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvRow(["x", 1, undefined])).toBe("x,1,\r\n");
  });

  it("makes cells that would run as spreadsheet formulas inert, but not negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+86 138")).toBe("'+86 138");
    expect(csvCell(-5)).toBe("-5");
  });

  it("reads every page in order and starts with the UTF-8 byte-order mark", async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: "b" },
      b: { items: [3], nextCursor: null },
    };
    const seen: number[] = [];
    const out = await exportCsv<number>({
      header: ["n"],
      row: (n) => [n],
      fetchPage: async (cursor) => pages[cursor ?? "first"] ?? { items: [], nextCursor: null },
      onProgress: (n) => seen.push(n),
    });
    expect(out.parts.join("")).toBe(`${CSV_BOM}n\r\n1\r\n2\r\n3\r\n`);
    expect(seen).toEqual([2, 3]);
    expect(out.truncated).toBe(false);
  });

  it("stops at the row limit and says so", async () => {
    const out = await exportCsv<number>({
      header: ["n"],
      row: (n) => [n],
      fetchPage: async () => ({ items: [1, 2, 3], nextCursor: "again" }),
      maxRows: 4,
    });
    expect(out.rows).toBe(4);
    expect(out.truncated).toBe(true);
  });
});
