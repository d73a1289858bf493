import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureColumn } from "../../src/server/modules/analytics/analytics.tables.js";
import { readTicketFacts } from "../../src/server/modules/analytics/facts.js";
import { dimensionKey, ROLLUP_DIMENSIONS } from "../../src/server/modules/analytics/kpis/dimensions.js";
import { factMeasures, MEASURES, type TicketFact } from "../../src/server/modules/analytics/kpis/measures.js";
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

// Each ticket's stored fact (its dimension keys and measures) against the same read from scratch.
async function storedFacts(tenantId: string): Promise<string[]> {
  const rows = await h.services.database.query<{
    ticket_id: string;
    day: string;
    keys: string[];
    measures: string[];
  }>(
    "select ticket_id, to_char(day, 'YYYY-MM-DD') as day, keys, measures::text[] from analytics_ticket_facts where tenant_id = $1",
    [tenantId],
  );
  return rows
    .map((r) => `${r.ticket_id}|${r.day}|${r.keys.join(",")}|${r.measures.map(Number).join(",")}`)
    .sort();
}
const factsAsText = (facts: readonly TicketFact[]) =>
  facts
    .map(
      (f) =>
        `${f.ticketId}|${f.day}|${ROLLUP_DIMENSIONS.map((d) => dimensionKey(f, d)).join(",")}|${MEASURES.map((m) => factMeasures(f)[m]).join(",")}`,
    )
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
    // Whose ticket, and for which of their units (model, product line) if any.
    who: fc.constantFrom("alice", "bob"),
    unit: fc.constantFrom("none", "first", "second"),
  }),
  // The customer moves (region) or changes tier: keys of their tickets' facts.
  fc.record({
    kind: fc.constant("customer" as const),
    who: fc.constantFrom("alice", "bob"),
    divisionCode: fc.constantFrom("310104", "310115", "440305", null),
    tier: fc.constantFrom("standard", "gold"),
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
    // Each customer owns a unit of the world's washer (no product line) and one of an aircon model.
    const aircon = await w.post("/api/v1/products", {
      sku: `AC-${w.washer.sku}`,
      name: "空调",
      category: "aircon",
      warrantyMonths: 72,
    });
    const airconUnit = (customerId: string, serial: string) =>
      w.post("/api/v1/units", { serial, productSku: aircon.sku, customerId, purchasedAt: "2026-01-05" });
    const units = {
      alice: [w.aliceUnit.serial, (await airconUnit(w.alice.id, `AC-A-${w.washer.sku}`)).serial],
      bob: [w.bobUnit.serial, (await airconUnit(w.bob.id, `AC-B-${w.washer.sku}`)).serial],
    };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(STEP, fc.nat()), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const [step, pick] of steps) {
          const ref = ids.length ? ids[pick % ids.length] : undefined;
          if (step.kind === "customer") {
            const res = await h.call("PATCH", `/api/v1/customers/${w[step.who].id}`, {
              token: w.supervisor.token,
              body: { divisionCode: step.divisionCode, tier: step.tier },
            });
            expect(res.status).toBe(200);
            continue;
          }
          if (step.kind === "create" || !ref) {
            const create = step.kind === "create" ? step : null;
            const who = create?.who ?? "bob";
            const unitSerial =
              create?.unit === "first" ? units[who][0] : create?.unit === "second" ? units[who][1] : null;
            const t = await w.post(
              "/api/v1/tickets",
              {
                subject: "S",
                description: "D",
                customerId: w[who].id,
                ...(unitSerial ? { unitSerial } : {}),
                priority: create?.priority ?? "B",
                type: create?.complaint ? "complaint" : "repair",
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
        expect(await storedFacts(tenantId)).toEqual(factsAsText(facts));
      }),
      { numRuns: 12 },
    );
    // And the rebuild (first load, bulk import) lands on the same cells.
    const before = await storedCells(tenantId);
    expect(await rebuildTenant(h.services.db, tenantId, new Date())).toBe(ids.length);
    expect(await storedCells(tenantId)).toEqual(before);
  }, 240_000);
});
