import type { Harness } from "../harness.js";

export const MIN = 60_000;

// Moves the test clock and runs every SLA timer due by then (the runner claims by database time,
// so due timers are moved to "now" first).
export async function advanceAndRunTimers(h: Harness, ms: number): Promise<void> {
  h.clock.advance(ms);
  await h.database.query(
    "update jobs set run_at = now() where status = 'queued' and kind = 'sla.timer' and run_at <= $1",
    [h.clock.now().toISOString()],
  );
  while (await h.jobs.tick()) {}
}

export type Ev = { type: string; data: Record<string, unknown> };

export async function ticketEvents(h: Harness, token: string, ref: string): Promise<Ev[]> {
  const body = (await h.call("GET", `/api/v1/tickets/${ref}/events`, { token })).body;
  return Array.isArray(body) ? body : body.items;
}

export async function ticketSla(h: Harness, token: string, ref: string) {
  return (await h.call("GET", `/api/v1/tickets/${ref}/sla`, { token })).body;
}
