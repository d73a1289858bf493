import { and, eq, or } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { jobs } from "../jobs/jobs.tables.js";
import { mentions, type PersonalPatterns, scrubbedJson } from "./personal-patterns.js";

// Queued and finished jobs may carry an address or a name in their payload or outbound plan
// (finished ones are kept for a week): scrub them like every other table.
export async function scrubJobs(tx: Db, tenantId: string, who: PersonalPatterns): Promise<void> {
  await tx
    .update(jobs)
    .set({ payload: scrubbedJson(jobs.payload, who) })
    .where(and(eq(jobs.tenantId, tenantId), mentions(jobs.payload, who)));
  await tx
    .update(jobs)
    .set({ outboxPlan: scrubbedJson(jobs.outboxPlan, who), outboxSent: scrubbedJson(jobs.outboxSent, who) })
    .where(
      and(eq(jobs.tenantId, tenantId), or(mentions(jobs.outboxPlan, who), mentions(jobs.outboxSent, who))),
    );
}
