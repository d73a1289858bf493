import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { jobs } from "./jobs.tables.js";

type JobRetention = { doneDays: number; failedDays: number };

const olderThan = (days: number) => lt(jobs.finishedAt, sql`now() - make_interval(days => ${days})`);

// Finished jobs are history, not state: done ones go after `doneDays`, failed ones (kept longer,
// for whoever looks into why) after `failedDays`. Batches keep each statement short.
export async function deleteFinishedJobs(db: Db, keep: JobRetention, batch = 5000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const due = db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        or(
          and(eq(jobs.status, "done"), olderThan(keep.doneDays)),
          and(eq(jobs.status, "failed"), olderThan(keep.failedDays)),
        ),
      )
      .limit(batch);
    const rows = await db.delete(jobs).where(inArray(jobs.id, due)).returning({ id: jobs.id });
    deleted += rows.length;
    if (rows.length < batch) return deleted;
  }
}
