import type { Readable } from "node:stream";
import type { Locale } from "../../../../../shared/i18n/locale.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { type ReportFormat, streamCsv, streamXlsx } from "../report-export.js";
import { openReport } from "./open-report.js";
import { runReport } from "./run-report.js";

// A saved report the caller may see, run now and streamed as Excel or CSV.
export async function exportReport(
  s: Services,
  actor: Actor,
  id: string,
  format: ReportFormat,
  locale: Locale,
): Promise<{ stream: Readable; name: string }> {
  const report = await openReport(s, actor, id);
  const result = await runReport(s, actor, report.definition, locale);
  const name = `${report.name} ${result.from}_${result.to}.${format}`;
  const stream =
    format === "xlsx"
      ? streamXlsx(report.definition, result, locale, report.name)
      : streamCsv(report.definition, result, locale);
  return { stream, name };
}
