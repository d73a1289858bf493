import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ReportDefinition, ReportResult } from "../../../../shared/api/analytics-reports.js";
import type { Locale } from "../../../../shared/i18n/locale.js";
import { findKpi } from "../kpis/catalogue.js";
import { dimensionName, reportWord } from "./report-words.js";

export type ReportFormat = "xlsx" | "csv";
type Cell = string | number | null;

// The pivot as a flat sheet: one line per row key (and a total line), one column per
// column key × measure. Values are the raw KPI values (ratios as fractions, times in minutes/days),
// the same numbers the API answers.
export function* reportLines(def: ReportDefinition, r: ReportResult, locale: Locale): Generator<Cell[]> {
  const none = reportWord("none", locale);
  const named = (l: { key: string; label: string }) => (l.key === "" ? none : l.label);
  const kpiName = (id: string) => findKpi(id)?.name[locale === "en" ? "en" : "zh"] ?? id;
  yield [
    dimensionName(def.rows, locale),
    ...r.columns.flatMap((c) =>
      r.measures.map((m) => (def.columns ? `${named(c)} · ${kpiName(m.kpi)}` : kpiName(m.kpi))),
    ),
  ];
  for (const [i, row] of r.rows.entries())
    yield [named(row), ...r.columns.flatMap((_, j) => r.values[i]?.[j] ?? [])];
  yield [reportWord("total", locale), ...r.totals.flat()];
}

const NUMBER_FORMATS: Record<string, string> = { ratio: "0.0%", minutes: "0.0", days: "0.0", score: "0.00" };

// An Excel workbook written row by row through exceljs' streaming writer: each row is committed and
// leaves memory as it is written, so a long report has no row cap.
export function streamXlsx(def: ReportDefinition, r: ReportResult, locale: Locale, title: string): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  void (async () => {
    const sheet = wb.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, " ") || "Report");
    const units = r.columns.flatMap(() => r.measures.map((m) => m.unit));
    sheet.columns = [{ width: 24 }, ...units.map(() => ({ width: 18 }))];
    let first = true;
    for (const line of reportLines(def, r, locale)) {
      const row = sheet.addRow(line);
      if (first) row.font = { bold: true };
      else
        units.forEach((u, i) => {
          const fmt = NUMBER_FORMATS[u];
          if (fmt) row.getCell(i + 2).numFmt = fmt;
        });
      first = false;
      row.commit();
    }
    sheet.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

function csvCell(value: Cell): string {
  if (value === null) return "";
  let s = String(value);
  // A text cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet.
  if (typeof value !== "number" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

// UTF-8 CSV with a byte-order mark (Excel reads Chinese right), CRLF lines, produced line by line.
export function streamCsv(def: ReportDefinition, r: ReportResult, locale: Locale): Readable {
  return Readable.from(
    (function* () {
      yield Buffer.from("\uFEFF");
      for (const line of reportLines(def, r, locale)) yield Buffer.from(`${line.map(csvCell).join(",")}\r\n`);
    })(),
  );
}
