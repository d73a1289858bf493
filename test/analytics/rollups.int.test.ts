import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureColumn } from "../../src/server/modules/analytics/analytics.tables.js";
import { readTicketFacts } from "../../src/server/modules/analytics/facts.js";
import { MEASURES } from "../../src/server/modules/analytics/kpis/measures.js";
import {
  type RollupCell,
  rebuildTenant,
  refreshTenant,
  rollupsOf,
} from "../../src/server/modules/analytics/rollups.js";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("analytics-rollups");

type Row = Record<string, string | number>;
async function storedCells(tenantId: string): Promise<string[]> {
  const rows = await h.services.database.query<Row>(
    `select dim, key, to_char(day, 'YYYY-MM-DD') as day, ${MEASURES.map((m) => `${measureColumn(m)}::text as "${m}"`).join(", ")}
     from analytics_rollups where tenant_id = $1`,
    [tenantId],
  );
  return rows
    .map((r) => `${r.dim}|${r.key}|${r.day}|${MEASURES.map((m) => Number(r[m])).join(",")}`)
    .filter((s) => !/\|(0,)*0$/.test(s))
    .sort();
}
const cellsAsText = (cells: Map<string, RollupCell>) =>
  [...cells.values()]
    .map((c) => `${c.dim}|${c.key}|${c.day}|${MEASURES.map((m) => c.measures[m]).join(",")}`)
    .filter((s) => !/\|(0,)*0$/.test(s))
    .sort();

async function tenantOf(ticketId: string): Promise<string> {
  const [row] = await h.services.database.query<{ tenant_id: string }>(
    "select tenant_id from tickets where id = $1",
    [ticketId],
  );
  return row?.tenant_id ?? "";
}

// What can happen to a ticket, as the API offers it; a step the lifecycle refuses is simply refused.
const STEP = fc.oneof(
  fc.record({
    kind: fc.constant("create" as const),
    priority: fc.constantFrom("A", "B", "C"),
    complaint: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("assign" as const), who: fc.constantFrom("agent", "supervisor", "none") }),
  fc.record({ kind: fc.constant("priority" as const), priority: fc.constantFrom("A", "B", "C") }),
  fc.record({ kind: fc.constant("reply" as const) }),
  fc.record({
    kind: fc.constant("transition" as const),
    action: fc.constantFrom(
      "start",
      "resolve",
      "confirm",
      "reject",
      "reopen",
      "escalate",
      "pend_customer",
      "resume",
    ),
  }),
  fc.record({ kind: fc.constant("refresh" as const) }),
);

describe("incremental rollups", () => {
  it("equal a from-scratch recomputation after random ticket histories", async () => {
    let tenantId = "";
    const ids: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(STEP, fc.nat()), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const [step, pick] of steps) {
          const ref = ids.length ? ids[pick % ids.length] : undefined;
          if (step.kind === "create" || !ref) {
            const t = await w.post(
              "/api/v1/tickets",
              {
                subject: "S",
                description: "D",
                customerId: w.bob.id,
                priority: step.kind === "create" ? step.priority : "B",
                type: step.kind === "create" && step.complaint ? "complaint" : "repair",
              },
              w.agent.token,
            );
            ids.push(t.id);
            tenantId ||= await tenantOf(t.id);
            continue;
          }
          const staff = { token: w.supervisor.token };
          if (step.kind === "assign") {
            const to = step.who === "none" ? null : w[step.who].id;
            await h.call("PATCH", `/api/v1/tickets/${ref}`, { ...staff, body: { assigneeId: to } });
          } else if (step.kind === "priority")
            await h.call("PATCH", `/api/v1/tickets/${ref}`, { ...staff, body: { priority: step.priority } });
          else if (step.kind === "reply")
            await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
              token: w.agent.token,
              body: { body: "Hello", visibility: "public" },
            });
          else if (step.kind === "transition") {
            const byCustomer = step.action === "confirm" || step.action === "reopen";
            await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
              token: byCustomer ? w.bobUser.token : w.supervisor.token,
              body: { action: step.action, reason: "r" },
            });
          } else await refreshTenant(h.services.db, tenantId, new Date());
        }
        await refreshTenant(h.services.db, tenantId, new Date());
        const facts = await readTicketFacts(h.services.db, tenantId, "Asia/Shanghai", null);
        expect(await storedCells(tenantId)).toEqual(cellsAsText(rollupsOf(facts)));
      }),
      { numRuns: 12 },
    );
    // And the rebuild (first load, bulk import) lands on the same cells.
    const before = await storedCells(tenantId);
    expect(await rebuildTenant(h.services.db, tenantId, new Date())).toBe(ids.length);
    expect(await storedCells(tenantId)).toEqual(before);
  }, 240_000);
});
