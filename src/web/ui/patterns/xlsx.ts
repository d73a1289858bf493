// Excel (.xlsx) export with the same columns and rows as the CSV: the list is read page by page
// (never all at once on the server). A worksheet holds at most 1,048,576 rows (the header and
// 1,048,575 more): beyond that the file says so and the CSV has everything. exceljs is loaded only
// when someone exports. Cells are written as values, never as formulas, so "=…" text stays text.

const XLSX_MAX_ROWS = 1_048_575;

type Cell = string | number | boolean | null | undefined;
type PageLike<T> = { items: T[]; nextCursor?: string | null };

export async function exportXlsx<T>(opts: {
  sheetName: string;
  header: readonly string[];
  row: (item: T) => readonly Cell[];
  fetchPage: (cursor: string | undefined) => Promise<PageLike<T>>;
  onProgress?: (rows: number) => void;
  maxRows?: number;
}): Promise<{ blob: Blob; rows: number; truncated: boolean }> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = wb.addWorksheet(opts.sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1");
  const head = sheet.addRow([...opts.header]);
  head.font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const max = opts.maxRows ?? XLSX_MAX_ROWS;
  let cursor: string | undefined;
  let rows = 0;
  let truncated = false;
  for (;;) {
    const page = await opts.fetchPage(cursor);
    for (const item of page.items) {
      if (rows >= max) {
        truncated = true;
        break;
      }
      sheet.addRow(opts.row(item).map((v) => (v === null || v === undefined ? "" : v)));
      rows += 1;
    }
    opts.onProgress?.(rows);
    if (truncated || !page.nextCursor) break;
    cursor = page.nextCursor;
  }
  sheet.columns.forEach((c, i) => {
    const longest = Math.max(String(opts.header[i] ?? "").length, 8);
    c.width = Math.min(60, longest + 4);
  });
  const buffer = await wb.xlsx.writeBuffer();
  const blob = new Blob([buffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  return { blob, rows, truncated };
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The CSV parts as a download (kept apart from csv.ts, which runs without a browser too).
export function downloadCsv(parts: string[], fileName: string): void {
  const blob = new Blob(parts, { type: "text/csv;charset=utf-8" });
  downloadBlob(blob, fileName.endsWith(".csv") ? fileName : `${fileName}.csv`);
}
