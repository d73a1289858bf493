import { seedSlaDefaults, slaTimerJob } from "../modules/sla/index.js";
import type { Services } from "../platform/context.js";

// Calendars (China business days, 24×7) and the A/B/C priority policies, dated `at` (before the
// oldest story ticket, so every story ticket gets its clocks when it opens).
export async function seedSlaDemo(s: Services, tenantId: string, at: Date): Promise<void> {
  await s.db.transaction((tx) => seedSlaDefaults(tx, tenantId, at));
}

type Clock = { now(): Date; set(d: Date): void };

// The stories are played with a clock moved back in time, so the SLA timers they schedule (warning,
// breach, escalation) fall due in the past. Fired by the job runner after start they would all
// happen "now"; here each fires at its own due time instead (the clock set to it), in due order,
// including timers that firing schedules, until none is due before `until`.
export async function catchUpSlaTimers(s: Services, clock: Clock, until: Date): Promise<number> {
  let fired = 0;
  for (;;) {
    const [job] = await s.database.query<{
      id: number;
      payload: unknown;
      tenant_id: string | null;
      run_at: Date;
    }>(
      `select id, payload, tenant_id, run_at from jobs
       where status = 'queued' and kind = $1 and run_at <= $2 order by run_at, id limit 1`,
      [slaTimerJob.kind, until.toISOString()],
    );
    if (!job) return fired;
    const at = new Date(job.run_at);
    clock.set(at);
    await s.db.transaction(async (tx) => {
      await slaTimerJob.handle(slaTimerJob.payload.parse(job.payload), {
        tx,
        s,
        jobId: job.id,
        tenantId: job.tenant_id,
        attempt: 1,
        now: at,
      });
      await tx.execute(
        `update jobs set status = 'done', attempts = 1, finished_at = now() where id = ${Number(job.id)}`,
      );
    });
    fired++;
  }
}
