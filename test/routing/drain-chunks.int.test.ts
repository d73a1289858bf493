import { describe, expect, it } from "vitest";
import { drainQueueInChunks } from "../../src/server/modules/assignment/index.js";
import { buildWorld, harnessPerFile, PASSWORD } from "../fixtures.js";

const { h } = harnessPerFile();

describe("draining a long queue in short transactions", () => {
  it("assigns up to capacity in service order, each ticket once with its event and audit entry", async () => {
    const w = await buildWorld(h, "drn");
    const ids: string[] = [];
    for (const i of [1, 2]) {
      const email = `drain${i}.${w.tenantId}@test.local`;
      const u = await w.post("/api/v1/users", {
        email,
        name: `Drain ${i}`,
        role: "agent",
        password: PASSWORD,
        maxOpenTickets: 10,
      });
      ids.push(u.id);
    }
    // Nobody is online: every new ticket waits in the queue.
    const created: { id: string }[] = [];
    for (let i = 0; i < 25; i++)
      created.push(
        await w.post("/api/v1/tickets", {
          subject: `Queued ${i}`,
          description: "d",
          type: "repair",
          priority: i % 5 === 0 ? "A" : "C",
          customerId: w.bob.id,
        }),
      );
    // Both come online without the presence route (which would drain in its own transaction).
    await h.database.query(
      `insert into agent_presence (tenant_id, user_id, status, last_seen_at, changed_at)
       select $1, unnest($2::text[]), 'online', now(), now()`,
      [w.tenantId, ids],
    );
    const assigned = await drainQueueInChunks(h.services, w.tenantId, h.clock.now(), 4);
    expect(assigned).toBe(20);

    const rows = await h.database.query<{ id: string; assignee_id: string | null; status: string }>(
      "select id, assignee_id, status from tickets where tenant_id = $1 order by id",
      [w.tenantId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Service order: the five priority-A tickets and then the oldest fifteen C tickets.
    const expected = [
      ...created.filter((_, i) => i % 5 === 0),
      ...created.filter((_, i) => i % 5 !== 0).slice(0, 15),
    ].map((t) => t.id);
    const got = created.map((t) => t.id).filter((id) => byId.get(id)?.assignee_id);
    expect(got.sort()).toEqual([...expected].sort());
    for (const id of expected) expect(byId.get(id)?.status).toBe("assigned");
    const perAgent = ids.map((u) => rows.filter((r) => r.assignee_id === u).length);
    expect(perAgent).toEqual([10, 10]);

    const events = await h.database.query<{ ticket_id: string; n: number }>(
      "select ticket_id, count(*)::int as n from ticket_events where tenant_id = $1 and type = 'assigned' group by ticket_id",
      [w.tenantId],
    );
    expect(events).toHaveLength(20);
    expect(events.every((e) => e.n === 1)).toBe(true);
    const [audit] = await h.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where tenant_id = $1 and action = 'ticket.auto_assigned'",
      [w.tenantId],
    );
    expect(audit?.n).toBe(20);
    // Each agent is told of each ticket they now hold, once; the dashboards will count them all.
    const notices = await h.database.query<{ user_id: string; n: number }>(
      "select user_id, count(distinct ticket_id)::int as n from notifications where tenant_id = $1 and kind = 'assigned' group by user_id order by user_id",
      [w.tenantId],
    );
    expect(notices.map((r) => r.n)).toEqual([10, 10]);
    const [dirty] = await h.database.query<{ n: number }>(
      "select count(*)::int as n from analytics_dirty_tickets where tenant_id = $1 and ticket_id = any($2)",
      [w.tenantId, expected],
    );
    expect(dirty?.n).toBe(20);
    const verify = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
    expect(verify.body.ok).toBe(true);
    // Both agents' last-assigned time moved (written once per drain, not per ticket).
    const touched = await h.database.query<{ n: number }>(
      "select count(*)::int as n from users where id = any($1) and last_assigned_at is not null",
      [ids],
    );
    expect(touched[0]?.n).toBe(2);
    // Nobody has room left: another drain assigns nothing.
    expect(await drainQueueInChunks(h.services, w.tenantId, h.clock.now(), 4)).toBe(0);
  });
});
