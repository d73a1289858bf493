import ExcelJS from "exceljs";
import { AppError } from "../errors.js";

// One table read from an upload: the header cells and each non-empty row, by its sheet row number.
export type Table = { header: string[]; rows: { row: number; cells: string[] }[] };

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "text" in v) return String(v.text);
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

// Our CSV export makes a cell that would start a formula inert with a leading apostrophe
// ("'+86 138…"); reading it back removes that apostrophe again, so export → import round-trips.
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s).trim();

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("import.not_xlsx");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError("import.not_xlsx");
  const width = sheet.columnCount;
  const read = (r: number) =>
    Array.from({ length: width }, (_, i) => unguard(cellText(sheet.getRow(r).getCell(i + 1).value)));
  const rows: Table["rows"] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = read(r);
    if (cells.some((c) => c !== "")) rows.push({ row: r, cells });
  }
  return { header: read(1), rows };
}

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; rows end in CRLF or LF.
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

function readCsv(bytes: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("import.not_csv");
  }
  if (text.includes("\u0000")) throw new AppError("import.not_csv");
  const lines = parseCsv(text.replace(/^\uFEFF/, ""));
  const [head = [], ...rest] = lines;
  const rows: Table["rows"] = [];
  rest.forEach((cells, i) => {
    const clean = cells.map(unguard);
    if (clean.some((c) => c !== "")) rows.push({ row: i + 2, cells: clean });
  });
  return { header: head.map(unguard), rows };
}

const isCsvName = (file: File) => /\.csv$/i.test(file.name) || file.type.startsWith("text/csv");

// An .xlsx (a ZIP that exceljs opens) or, when the file is named .csv, UTF-8 CSV (with or
// without the byte-order mark Excel writes). A CSV renamed to .xlsx, or anything else, is a 415.
export async function readTable(file: File): Promise<Table> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) return readXlsx(bytes);
  if (isCsvName(file)) return readCsv(bytes);
  throw new AppError("import.not_xlsx");
}
