import { describe, expect, it } from "vitest";
import { findKpi, KPIS } from "./catalogue.js";
import { addMeasures, factMeasures, type TicketFact, zeroMeasures } from "./measures.js";

const t0 = new Date("2026-03-02T01:00:00Z");
const min = (n: number) => new Date(t0.getTime() + n * 60_000);
const fact = (p: Partial<TicketFact>): TicketFact => ({
  ticketId: "t",
  day: "2026-03-02",
  priority: "B",
  type: "repair",
  channel: "web",
  agent: "",
  team: "",
  product: "",
  tier: "standard",
  model: "",
  line: "",
  region: "",
  status: "new",
  createdAt: t0,
  firstRespondedAt: null,
  firstResolvedAt: null,
  slaState: null,
  slaBreached: false,
  reopens: 0,
  assignees: 0,
  escalationLevel: 0,
  partsConsumed: 0,
  partsWaitMs: 0,
  callbackOutcome: null,
  callbackScore: null,
  visits: [],
  repeatRepair: null,
  partsCostCents: 0,
  costRates: { perVisitCents: 8000, perHourCents: 6000 },
  ...p,
});

// Four tickets, computed by hand below:
// A closed after 30 min reply / 120 min resolve, one agent, SLA met;
// B resolved, reopened once, two agents, SLA breached, escalated;
// C open complaint with a reply after 10 min, SLA running;
// D new, nothing yet.
const tickets = [
  fact({
    status: "closed",
    firstRespondedAt: min(30),
    firstResolvedAt: min(120),
    assignees: 1,
    slaState: "met",
  }),
  fact({
    status: "resolved",
    firstRespondedAt: min(50),
    firstResolvedAt: min(600),
    reopens: 1,
    assignees: 2,
    slaState: "breached",
    slaBreached: true,
    escalationLevel: 1,
  }),
  fact({ status: "in_progress", type: "complaint", firstRespondedAt: min(10), assignees: 1, slaState: "ok" }),
  fact({ status: "new" }),
];
const total = tickets.reduce((m, t) => addMeasures(m, factMeasures(t)), zeroMeasures());
const value = (id: string) => findKpi(id)?.compute(total);

describe("KPI formulas on hand-computed data", () => {
  it("counts volume and backlog", () => {
    expect(value("volume")).toBe(4);
    expect(value("backlog")).toBe(2);
  });
  it("averages first response over tickets with one: (30 + 50 + 10) / 3", () => {
    expect(value("first_response_minutes_avg")).toBe(30);
  });
  it("averages resolution to the first resolve: (120 + 600) / 2", () => {
    expect(value("resolution_minutes_avg")).toBe(360);
  });
  it("shares out resolution, closed loop, reopen and FCR", () => {
    expect(value("resolution_rate")).toBe(2 / 4);
    expect(value("closed_loop_rate")).toBe(1 / 2);
    expect(value("reopen_rate")).toBe(1 / 2);
    // Only A: B was reopened and had two agents.
    expect(value("fcr_rate")).toBe(1 / 2);
  });
  it("counts SLA outcomes only once known: A on time, B breached, C still running", () => {
    expect(value("sla_on_time_rate")).toBe(1 / 2);
  });
  it("shares escalations and complaints of the volume", () => {
    expect(value("escalation_rate")).toBe(1 / 4);
    expect(value("complaint_rate")).toBe(1 / 4);
  });
  it("answers null with nothing to divide by, and for KPIs whose data has not landed", () => {
    const none = zeroMeasures();
    for (const id of ["first_response_minutes_avg", "resolution_rate", "fcr_rate", "sla_on_time_rate"])
      expect(findKpi(id)?.compute(none)).toBeNull();
    expect(value("csat_avg")).toBeNull();
    expect(value("nps")).toBeNull();
  });
  it("defines every KPI once, in both languages, with a direction the target respects", () => {
    expect(new Set(KPIS.map((k) => k.id)).size).toBe(KPIS.length);
    for (const k of KPIS) {
      expect(k.name.zh && k.name.en && k.definition.zh && k.definition.en).toBeTruthy();
      if (k.direction === "neutral") expect(k.defaultTarget).toBeNull();
    }
    expect(findKpi("fcr_rate")?.defaultTarget).toBe(0.85);
    expect(findKpi("resolution_rate")?.defaultTarget).toBe(0.98);
    expect(findKpi("csat_avg")?.defaultTarget).toBe(4.5);
  });
});

describe("parts KPIs on hand-computed data", () => {
  const DAY = 86_400_000;
  // R1 repair resolved, 2 parts, waited 3 days; R2 repair resolved, 1 part, no wait;
  // R3 repair still open with 4 parts (not a finished repair: left out of the usage rate) that
  // waited 1 day; C a consultation (no parts, no wait).
  const parts = [
    fact({ status: "resolved", firstResolvedAt: min(600), partsConsumed: 2, partsWaitMs: 3 * DAY }),
    fact({ status: "closed", firstResolvedAt: min(90), partsConsumed: 1 }),
    fact({ status: "pending_parts", partsConsumed: 4, partsWaitMs: DAY }),
    fact({ status: "closed", type: "consultation", firstResolvedAt: min(5) }),
  ].reduce((m, t) => addMeasures(m, factMeasures(t)), zeroMeasures());
  const kpi = (id: string) => findKpi(id)?.compute(parts);

  it("parts usage rate = parts consumed by finished repairs ÷ finished repairs", () => {
    // (2 + 1) ÷ 2
    expect(kpi("parts_usage_rate")).toBe(1.5);
  });

  it("days waiting for parts = mean wait of the tickets that waited", () => {
    // (3 + 1) ÷ 2
    expect(kpi("parts_wait_days_avg")).toBe(2);
  });

  it("is nothing to measure without repairs or waits", () => {
    expect(findKpi("parts_usage_rate")?.compute(zeroMeasures())).toBeNull();
    expect(findKpi("parts_wait_days_avg")?.compute(zeroMeasures())).toBeNull();
  });
});

describe("callback KPIs on hand-computed data", () => {
  // Five resolved tickets: confirmed (5), confirmed (4), reopened (2), complaint (no score),
  // auto-confirmed after unanswered calls; and one resolved ticket whose callback is still open.
  const resolved = { status: "closed", firstResolvedAt: min(60) };
  const set = [
    fact({ ...resolved, callbackOutcome: "confirmed", callbackScore: 5 }),
    fact({ ...resolved, callbackOutcome: "confirmed", callbackScore: 4 }),
    fact({ ...resolved, status: "in_progress", callbackOutcome: "reopened", callbackScore: 2 }),
    fact({ ...resolved, callbackOutcome: "complaint" }),
    fact({ ...resolved, callbackOutcome: "auto_confirmed" }),
    fact({ ...resolved, status: "resolved" }),
  ];
  const m = set.reduce((acc, t) => addMeasures(acc, factMeasures(t)), zeroMeasures());
  const v = (id: string) => findKpi(id)?.compute(m);

  it("callback rate: finished callbacks over resolved tickets", () =>
    expect(v("callback_rate")).toBeCloseTo(5 / 6, 12));
  it("fixed rate: confirmed over reached", () => expect(v("callback_fixed_rate")).toBeCloseTo(2 / 4, 12));
  it("unreachable rate: auto-confirmed over finished", () =>
    expect(v("callback_unreachable_rate")).toBeCloseTo(1 / 5, 12));
  it("satisfaction: the mean of the scores given", () =>
    expect(v("callback_score_avg")).toBeCloseTo(11 / 3, 12));
  it("nothing to measure without callbacks", () => {
    expect(findKpi("callback_fixed_rate")?.compute(zeroMeasures())).toBeNull();
    expect(findKpi("callback_score_avg")?.compute(zeroMeasures())).toBeNull();
  });
});

describe("field, rework and repeat-repair KPIs on hand-computed data", () => {
  const visit = (kind: string, remoteOutcome: string | null = null, onsiteMs = 0) => ({
    kind,
    remoteOutcome,
    onsiteMs,
  });
  // A: remote solved. B: remote needs on-site, then one repair visit. C: two repair visits (rework).
  // D: a delivery and an installation (two kinds: no rework). E: repair on a unit repaired 30 days
  // before. F: repair on a unit with no earlier repair. G: a repair without a unit (not counted).
  const set = [
    fact({ visits: [visit("remote", "solved_remotely")], repeatRepair: false }),
    fact({
      visits: [visit("remote", "needs_onsite"), visit("repair", null, 3_600_000)],
      repeatRepair: false,
    }),
    fact({ visits: [visit("repair"), visit("repair")], repeatRepair: true }),
    fact({ type: "installation", visits: [visit("delivery"), visit("installation")] }),
    fact({ repeatRepair: true }),
    fact({ repeatRepair: false }),
    fact({}),
  ];
  const m = set.reduce((acc, t) => addMeasures(acc, factMeasures(t)), zeroMeasures());
  const v = (id: string) => findKpi(id)?.compute(m);

  it("remote share: remote visits over all finished visits", () =>
    expect(v("remote_share")).toBeCloseTo(2 / 7, 12));
  it("remote success: solved remotely over remote visits with an outcome", () =>
    expect(v("remote_success_rate")).toBeCloseTo(1 / 2, 12));
  it("rework: a second on-site visit of the same kind over tickets visited on site", () =>
    expect(v("rework_rate")).toBeCloseTo(1 / 3, 12));
  it("repeat repair: repairs on a unit repaired in the 90 days before over repairs on a known unit", () =>
    expect(v("repeat_repair_rate")).toBeCloseTo(2 / 5, 12));
  it("nothing to measure without visits or units", () => {
    for (const id of ["remote_share", "remote_success_rate", "rework_rate", "repeat_repair_rate"])
      expect(findKpi(id)?.compute(zeroMeasures())).toBeNull();
  });
});

describe("cost per ticket on hand-computed data", () => {
  const rates = { perVisitCents: 10_000, perHourCents: 6_000 };
  const visit = (kind: string, minutes: number) => ({
    kind,
    remoteOutcome: null,
    onsiteMs: minutes * 60_000,
  });
  // A: a 20-minute remote call (time only: ¥20). B: two on-site visits of 90 and 30 minutes
  // (2 × ¥100 + 2 h × ¥60 = ¥320) and ¥45.50 of parts. C: nothing yet.
  const set = [
    fact({ costRates: rates, visits: [{ ...visit("remote", 20), remoteOutcome: "solved_remotely" }] }),
    fact({ costRates: rates, visits: [visit("repair", 90), visit("maintenance", 30)], partsCostCents: 4550 }),
    fact({ costRates: rates }),
  ];
  const m = set.reduce((acc, t) => addMeasures(acc, factMeasures(t)), zeroMeasures());

  it("parts at their price plus visits and checked-in time at the tenant's rates, over tickets created", () =>
    expect(findKpi("cost_per_ticket")?.compute(m)).toBeCloseTo((20 + 320 + 45.5) / 3, 12));
  it("nothing to measure without tickets", () =>
    expect(findKpi("cost_per_ticket")?.compute(zeroMeasures())).toBeNull());
});
