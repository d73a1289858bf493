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
import { hqTechnician, SIGNATURE } from "../field/hq-technician.js";
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
  // A field visit finished on the ticket (remote: solved or needing a trip; on site: a repair or a
  // maintenance, a second one of a kind being a return trip), after some minutes checked in.
  fc.record({
    kind: fc.constant("visit" as const),
    visit: fc.constantFrom("remote", "repair", "maintenance"),
    outcome: fc.constantFrom("solved_remotely", "needs_onsite"),
    minutes: fc.integer({ min: 0, max: 120 }),
  }),
  // Parts used for the ticket (at their price).
  fc.record({ kind: fc.constant("parts" as const), qty: fc.integer({ min: 1, max: 3 }) }),
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
    const tech = await hqTechnician(h, w);
    const techToken = await h.login(tech.email);
    const partNo = (await w.post("/api/v1/parts", { partNo: `P-R-${w.washer.sku}`, name: "泵", price: 12.5 }))
      .partNo;
    const site = (
      await w.post("/api/v1/stock-sites", { code: `WH-R-${w.washer.sku}`, name: "仓", kind: "warehouse" })
    ).code;
    await w.post("/api/v1/stock/receipts", { partNo, site, qty: 1000 });
    // How many visits were finished and parts used, so the property is known to have covered them.
    let visitsDone = 0;
    let partsUsed = 0;
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
          } else if (step.kind === "visit") {
            const remote = step.visit === "remote";
            const v = await h.call("POST", `/api/v1/tickets/${ref}/visits`, {
              token: w.agent.token,
              body: {
                kind: step.visit,
                nodeId: tech.hq.id,
                durationMinutes: 30,
                requiredSkills: ["washer"],
                ...(remote ? {} : { address: "上海市徐汇区" }),
              },
            });
            if (v.status !== 201) continue;
            const slots = await h.call("GET", `/api/v1/visits/${v.body.id}/slots`, { token: w.agent.token });
            const start = slots.body.items?.[0]?.start;
            if (!start) continue;
            await h.call("POST", `/api/v1/visits/${v.body.id}/booking`, {
              token: w.agent.token,
              body: { start },
            });
            await h.call("POST", `/api/v1/visits/${v.body.id}/steps`, {
              token: techToken,
              body: { action: "check_in" },
            });
            h.clock.advance(step.minutes * 60_000);
            if (!remote)
              await h.call("POST", `/api/v1/visits/${v.body.id}/signature`, {
                token: techToken,
                body: { image: SIGNATURE, signedBy: "王女士" },
              });
            const out = await h.call("POST", `/api/v1/visits/${v.body.id}/steps`, {
              token: techToken,
              body: remote
                ? {
                    action: "check_out",
                    remoteOutcome: step.outcome,
                    onsiteAddress: "上海市徐汇区漕溪北路 88 号",
                  }
                : { action: "check_out" },
            });
            if (out.status === 200) visitsDone += 1;
          } else if (step.kind === "parts") {
            const number = (await h.call("GET", `/api/v1/tickets/${ref}`, staff)).body.number;
            const r = await h.call("POST", "/api/v1/stock/reservations", {
              token: w.admin.token,
              body: { partNo, site, qty: step.qty, ticketRef: number },
            });
            const used =
              r.status === 201 &&
              (
                await h.call("POST", `/api/v1/stock/reservations/${r.body.id}/consume`, {
                  token: w.technician.token,
                })
              ).status === 200;
            if (used) partsUsed += 1;
          } else await refreshTenant(h.services.db, tenantId, new Date());
        }
        await refreshTenant(h.services.db, tenantId, new Date());
        const facts = await readTicketFacts(h.services.db, tenantId, "Asia/Shanghai", null);
        expect(await storedCells(tenantId)).toEqual(cellsAsText(rollupsOf(facts)));
        expect(await storedFacts(tenantId)).toEqual(factsAsText(facts));
      }),
      { numRuns: 12 },
    );
    expect(visitsDone).toBeGreaterThan(0);
    expect(partsUsed).toBeGreaterThan(0);
    // And the rebuild (first load, bulk import) lands on the same cells.
    const before = await storedCells(tenantId);
    expect(await rebuildTenant(h.services.db, tenantId, new Date())).toBe(ids.length);
    expect(await storedCells(tenantId)).toEqual(before);
  }, 240_000);
});
