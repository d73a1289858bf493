import type { JobContext } from "../../../platform/jobs/queue.js";
import { surveyCommentsSince } from "../../surveys/index.js";
import { watchText } from "./watch-text.js";

// Hourly: survey comments of the last two hours (an overlap, so a late run misses none; each
// answer raises its alert once).
export async function watchSurveyComments({ tx, now }: JobContext): Promise<void> {
  for (const c of await surveyCommentsSince(tx, new Date(now.getTime() - 2 * 3_600_000)))
    await watchText(tx, {
      tenantId: c.tenantId,
      sourceKey: `survey:${c.responseId}`,
      source: "survey",
      text: c.text,
      ticketId: c.ticketId,
      at: now,
    });
}
