// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF rows,
// quoted fields, and cells that would start a formula made inert.

export const CSV_BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== "number") s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]): string => `${cells.map(csvCell).join(",")}\r\n`;

type PageLike<T> = { items: T[]; nextCursor?: string | null };

// Reads the list page by page (never all at once on the server) and turns each page into CSV text
// as it arrives; `onProgress` gets the row count so far. No row limit unless the caller sets one.
export async function exportCsv<T>(opts: {
  header: readonly string[];
  row: (item: T) => readonly Cell[];
  fetchPage: (cursor: string | undefined) => Promise<PageLike<T>>;
  onProgress?: (rows: number) => void;
  maxRows?: number;
}): Promise<{ parts: string[]; rows: number; truncated: boolean }> {
  const parts = [CSV_BOM, csvRow(opts.header)];
  const max = opts.maxRows ?? Number.POSITIVE_INFINITY;
  let cursor: string | undefined;
  let rows = 0;
  for (;;) {
    const page = await opts.fetchPage(cursor);
    const chunk: string[] = [];
    for (const item of page.items) {
      if (rows >= max) return { parts, rows, truncated: true };
      chunk.push(csvRow(opts.row(item)));
      rows += 1;
    }
    parts.push(chunk.join(""));
    opts.onProgress?.(rows);
    if (!page.nextCursor) return { parts, rows, truncated: false };
    cursor = page.nextCursor;
  }
}
