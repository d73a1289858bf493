import { and, arrayOverlaps, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedJson,
} from "../../platform/privacy/personal-patterns.js";
import { vocAlerts } from "./voc-alerts.tables.js";

// Erasure of a customer (modules/privacy): an alert raised by their words (a request or message
// on one of their tickets, one of their survey answers) keeps its kind, score and terms for the
// managers' statistics but loses the excerpt; their name, e-mail and phone are replaced by the
// pseudonym in every other alert's details.
export async function eraseVocAlertData(
  tx: Db,
  p: { tenantId: string; ticketIds: string[]; surveyResponseIds: string[]; who: PersonalPatterns },
): Promise<void> {
  const a = vocAlerts;
  const theirs = [];
  if (p.ticketIds.length > 0)
    theirs.push(
      and(sql`${a.details}->>'source' in ('ticket', 'message')`, arrayOverlaps(a.ticketIds, p.ticketIds)),
    );
  if (p.surveyResponseIds.length > 0)
    theirs.push(
      inArray(
        a.sourceKey,
        p.surveyResponseIds.map((id) => `survey:${id}`),
      ),
    );
  if (theirs.length > 0)
    await tx
      .update(a)
      .set({ details: sql`jsonb_set(${a.details}, '{excerpt}', to_jsonb(${ERASED_TEXT}::text))` })
      .where(and(eq(a.tenantId, p.tenantId), sql`${a.details} ? 'excerpt'`, or(...theirs)));
  await tx
    .update(a)
    .set({ details: scrubbedJson(a.details, p.who) })
    .where(and(eq(a.tenantId, p.tenantId), mentions(a.details, p.who)));
}
