import type { ReviewCommentary } from "../../../../shared/api/review-reports.js";
import { COMMENTARY_SLOTS } from "../../../../shared/review-reports.js";
import { cjkDocument } from "../../../platform/pdf/cjk-pdf.js";
import { KPIS } from "../kpis/catalogue.js";
import { formatKpi, type ReviewFigures, TREND_KPIS, type TrendRow } from "./review-figures.js";

const TITLES = {
  monthly: "月度服务回顾 Monthly service review",
  half_yearly: "半年度服务回顾 Half-yearly service review",
};
const SLOT_TITLES: Record<(typeof COMMENTARY_SLOTS)[number], string> = {
  summary: "总结 Summary",
  highlights: "亮点 Highlights",
  actions: "问题与改进措施 Issues and actions",
};
const STATUS = { met: "达标 met", missed: "未达标 missed" };

type Column = { title: string; width: number };

// One table row: cells side by side at fixed x positions, the row as tall as its tallest cell.
function tableRow(doc: PDFKit.PDFDocument, columns: Column[], cells: string[], size = 9) {
  if (doc.y > doc.page.height - 90) doc.addPage();
  const top = doc.y;
  let x = doc.page.margins.left;
  let bottom = top;
  doc.fontSize(size);
  cells.forEach((cell, i) => {
    const width = columns[i]?.width ?? 60;
    doc.text(cell, x, top, { width: width - 6 });
    bottom = Math.max(bottom, doc.y);
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = bottom + 3;
}

function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][]) {
  tableRow(
    doc,
    columns,
    columns.map((c) => c.title),
    9,
  );
  const y = doc.y - 1;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .stroke();
  for (const r of rows) tableRow(doc, columns, r);
}

const trendTable = (doc: PDFKit.PDFDocument, first: string, rows: TrendRow[]) => {
  const kpis = KPIS.filter((k) => TREND_KPIS.includes(k.id));
  table(
    doc,
    [{ title: first, width: 95 }, ...kpis.map((k) => ({ title: `${k.name.zh}\n${k.name.en}`, width: 80 }))],
    rows.map((r) => [r.key, ...kpis.map((k) => formatKpi(k, r.values[k.id] ?? null))]),
  );
};

// The review as a PDF: the figures against the period before and the targets, the trend, the
// channels, and the commentary slots — filled where the managers wrote, ruled lines where not.
export async function renderReviewPdf(
  f: ReviewFigures,
  ctx: { company: string; commentary: ReviewCommentary; generatedAt: string },
): Promise<Buffer> {
  const title = `${TITLES[f.period.kind]} ${f.period.period}`;
  const { doc, bytes } = cjkDocument({ Title: title });
  doc.fontSize(14).text(ctx.company);
  doc.fontSize(18).text(title, { align: "center" });
  doc
    .fontSize(10)
    .text(`统计期间 Period: ${f.period.from} – ${f.period.to}    对比 Compared with: ${f.previous.period}`, {
      align: "center",
    })
    .text(`生成时间 Generated: ${ctx.generatedAt}`, { align: "center" })
    .moveDown();
  doc.fontSize(13).text("关键指标 Key figures").moveDown(0.3);
  table(
    doc,
    [
      { title: "指标 KPI", width: 175 },
      { title: "本期 This period", width: 75 },
      { title: "上期 Previous", width: 75 },
      { title: "目标 Target", width: 75 },
      { title: "状态 Status", width: 95 },
    ],
    f.kpis.map((l) => [
      `${l.kpi.name.zh} ${l.kpi.name.en}`,
      formatKpi(l.kpi, l.value),
      formatKpi(l.kpi, l.previous),
      l.target === null ? "—" : formatKpi(l.kpi, l.target),
      l.status ? STATUS[l.status] : "—",
    ]),
  );
  doc
    .moveDown()
    .fontSize(13)
    .text(f.trendBy === "week" ? "按周趋势 By week" : "按月趋势 By month")
    .moveDown(0.3);
  trendTable(doc, f.trendBy === "week" ? "周（周一）Week of" : "月份 Month", f.trend);
  doc.moveDown().fontSize(13).text("按渠道 By channel").moveDown(0.3);
  trendTable(doc, "渠道 Channel", f.byChannel);
  for (const slot of COMMENTARY_SLOTS) {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown().fontSize(13).text(SLOT_TITLES[slot]).moveDown(0.3);
    const text = ctx.commentary[slot]?.trim();
    if (text) doc.fontSize(10).text(text);
    else
      for (let i = 0; i < 4; i++) {
        const y = doc.y + 16;
        doc
          .moveTo(doc.page.margins.left, y)
          .lineTo(doc.page.width - doc.page.margins.right, y)
          .stroke();
        doc.y = y;
      }
  }
  doc.end();
  return bytes;
}
