import ExcelJS from "exceljs";
import type { SurveyResults } from "../../../shared/api/surveys.js";
import type { InvitationWithAnswer } from "./survey-answers.js";
import type { SurveyRow } from "./surveys.repository.js";

type Interval = { low: number; high: number } | null | undefined;
const low = (i: Interval) => i?.low ?? null;
const high = (i: Interval) => i?.high ?? null;

// What an answer looks like in a cell: a number stays a number, choices are joined.
function cell(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return v.join("; ");
  return String(v);
}

// The survey's results as a workbook: the summary (with the 95 % intervals) and one row per
// invitation with its answers. Headers carry both languages, as the review workbook's do.
export async function renderSurveyXlsx(
  survey: SurveyRow,
  summary: SurveyResults,
  rows: readonly InvitationWithAnswer[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet("Summary 汇总");
  sum.addRow(["survey 问卷", survey.name]);
  sum.addRow(["invitations 邀请", summary.invitations]);
  sum.addRow(["responses 回答", summary.responses]);
  sum.addRow(["response rate % 回复率", summary.responseRate]);
  sum.addRow([]);
  sum.addRow([
    "question 问题",
    "kind 题型",
    "answered 回答数",
    "mean 均值",
    "mean 95% low",
    "mean 95% high",
    "NPS",
    "NPS 95% low",
    "NPS 95% high",
    "CSAT %",
    "CSAT 95% low",
    "CSAT 95% high",
  ]).font = { bold: true };
  for (const q of summary.questions)
    sum.addRow([
      q.textEn ? `${q.text} / ${q.textEn}` : q.text,
      q.kind,
      q.answered,
      q.mean ?? null,
      low(q.meanCi),
      high(q.meanCi),
      q.nps?.score ?? null,
      low(q.nps?.ci),
      high(q.nps?.ci),
      q.csat ?? null,
      low(q.csatCi),
      high(q.csatCi),
    ]);
  const answers = wb.addWorksheet("Responses 回答");
  answers.addRow([
    "sent 发送",
    "answered 回答",
    "channel 渠道",
    "customer 客户",
    "ticket 服务单",
    "category 产品类别",
    ...survey.questions.map((q) => q.id),
  ]);
  for (const r of rows)
    answers.addRow([
      r.sentAt,
      r.answeredAt,
      r.channel,
      r.customerName,
      r.ticketNumber,
      r.category,
      ...survey.questions.map((q) => cell(r.answers?.[q.id])),
    ]);
  answers.getRow(1).font = { bold: true };
  for (const sheet of wb.worksheets)
    sheet.columns.forEach((c) => {
      c.width = 18;
    });
  sum.getColumn(1).width = 48;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
