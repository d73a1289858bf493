import ExcelJS from "exceljs";
import type { ReviewCommentary } from "../../../../shared/api/review-reports.js";
import { COMMENTARY_SLOTS } from "../../../../shared/review-reports.js";
import { KPIS } from "../kpis/catalogue.js";
import type { ReviewFigures, TrendRow } from "./review-figures.js";
import { TREND_KPIS } from "./review-figures.js";

// The same review as a workbook for those who work the figures further: raw values (ratios as
// fractions, minutes as numbers), KPI ids next to both names, commentary on its own sheet.
export async function renderReviewXlsx(f: ReviewFigures, commentary: ReviewCommentary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const kpiSheet = wb.addWorksheet("KPIs 指标");
  kpiSheet.addRow([
    "kpi",
    "指标",
    "KPI",
    "unit",
    "本期 this period",
    "上期 previous",
    "目标 target",
    "status",
  ]);
  for (const l of f.kpis)
    kpiSheet.addRow([
      l.kpi.id,
      l.kpi.name.zh,
      l.kpi.name.en,
      l.kpi.unit,
      l.value,
      l.previous,
      l.target,
      l.status,
    ]);
  const trendKpis = KPIS.filter((k) => TREND_KPIS.includes(k.id));
  const series = (name: string, first: string, rows: TrendRow[]) => {
    const sheet = wb.addWorksheet(name);
    sheet.addRow([first, ...trendKpis.map((k) => k.id)]);
    for (const r of rows) sheet.addRow([r.key, ...trendKpis.map((k) => r.values[k.id] ?? null)]);
  };
  series(f.trendBy === "week" ? "By week 按周" : "By month 按月", f.trendBy, f.trend);
  series("By channel 按渠道", "channel", f.byChannel);
  const notes = wb.addWorksheet("Commentary 评述");
  notes.addRow(["slot", "text"]);
  for (const slot of COMMENTARY_SLOTS) notes.addRow([slot, commentary[slot] ?? ""]);
  for (const sheet of wb.worksheets) {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => {
      c.width = 18;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
