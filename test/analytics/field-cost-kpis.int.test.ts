import { describe, expect, it } from "vitest";
import { expectCall, hqTechnician, SIGNATURE } from "../field/hq-technician.js";
import { worldPerFile } from "../fixtures.js";

// The KPIs read from field visits and the parts ledger (issue 19): remote share and success (the
// same figure as the remote-diagnosis report), rework (a second on-site visit of the same kind) and
// cost per ticket (parts at their price + visits and checked-in time at the tenant's own rates),
// kept current when a visit finishes or a part is used after the ticket's last change.
const { h, w } = worldPerFile("field-cost-kpis");
const ok = expectCall(h);
const MIN = 60_000;
const DAY = 86_400_000;

describe("field and cost KPIs", () => {
  it("agree with the remote-diagnosis report, count return visits and price tickets at the tenant's rates", async () => {
    const tech = await hqTechnician(h, w);
    const techToken = await h.login(tech.email);
    const ticket = () =>
      ok(
        "POST",
        "/api/v1/tickets",
        w.agent.token,
        { subject: "洗衣机报错", description: "E21", type: "repair", customerId: w.alice.id },
        201,
      );
    // A visit booked, checked in, `minutes` on the job, checked out with `finish`.
    const visit = async (number: string, kind: string, minutes: number, finish: Record<string, unknown>) => {
      const v = await ok(
        "POST",
        `/api/v1/tickets/${number}/visits`,
        w.agent.token,
        {
          kind,
          nodeId: tech.hq.id,
          durationMinutes: 30,
          requiredSkills: ["washer"],
          ...(kind === "remote" ? {} : { address: "上海市徐汇区" }),
        },
        201,
      );
      const [slot] = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.agent.token)).items;
      await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, { start: slot.start });
      await ok("POST", `/api/v1/visits/${v.id}/steps`, techToken, { action: "check_in" });
      h.clock.advance(minutes * MIN);
      if (kind !== "remote")
        await ok("POST", `/api/v1/visits/${v.id}/signature`, techToken, {
          image: SIGNATURE,
          signedBy: "王女士",
        });
      return ok("POST", `/api/v1/visits/${v.id}/steps`, techToken, { action: "check_out", ...finish });
    };

    // A: solved on the phone in 30 min. B: 30 min on the phone, then needs a trip (not made yet).
    // C: two repair visits of 60 min each (the second a return trip), and 2 parts at ¥150 used after
    // its last change.
    const a = await ticket();
    await visit(a.number, "remote", 30, { remoteOutcome: "solved_remotely" });
    const b = await ticket();
    await visit(b.number, "remote", 30, {
      remoteOutcome: "needs_onsite",
      onsiteAddress: "上海市徐汇区漕溪北路 88 号",
    });
    const c = await ticket();
    await visit(c.number, "repair", 60, { notes: "更换排水泵" });
    await visit(c.number, "repair", 60, { notes: "返工：重新固定排水管" });
    const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
    const partNo = (await w.post("/api/v1/parts", { partNo: `P-C-${tag}`, name: "排水泵", price: 150 }))
      .partNo;
    const site = (await w.post("/api/v1/stock-sites", { code: `WH-C-${tag}`, name: "仓", kind: "warehouse" }))
      .code;
    await w.post("/api/v1/stock/receipts", { partNo, site, qty: 5 });

    const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d);
    const range = `from=${day(new Date(h.clock.now().getTime() - DAY))}&to=${day(new Date(h.clock.now().getTime() + DAY))}`;
    const kpi = async (id: string) =>
      (await ok("GET", `/api/v1/kpis/${id}?${range}`, w.supervisor.token)).value as number | null;

    // The remote-diagnosis report and the KPI count the same two calls.
    const report = await ok("GET", "/api/v1/remote-diagnosis/success", w.supervisor.token);
    expect(report.total).toEqual({ remote: 2, solvedRemotely: 1, rate: 0.5 });
    expect(await kpi("remote_success_rate")).toBe(report.total.rate);
    expect(await kpi("remote_share")).toBeCloseTo(2 / 4, 12);
    expect(await kpi("rework_rate")).toBe(1);

    // Default rates ¥80 a visit, ¥60 an hour: (2 × 80 + 3 h × 60) ÷ 3 tickets.
    expect(await kpi("cost_per_ticket")).toBeCloseTo((2 * 80 + 3 * 60) / 3, 9);
    // The parts are used after the ticket last changed: the KPI still hears of it.
    const reserved = await w.post("/api/v1/stock/reservations", {
      partNo,
      site,
      qty: 2,
      ticketRef: c.number,
    });
    await ok("POST", `/api/v1/stock/reservations/${reserved.id}/consume`, w.technician.token);
    expect(await kpi("cost_per_ticket")).toBeCloseTo((2 * 80 + 3 * 60 + 300) / 3, 9);

    // The tenant's own rates re-price every ticket; only an admin sets them, with sane numbers.
    expect(await ok("GET", "/api/v1/analytics/cost-rates", w.supervisor.token)).toEqual({
      perVisit: 80,
      perHour: 60,
    });
    const refused = await h.call("PUT", "/api/v1/analytics/cost-rates", {
      token: w.supervisor.token,
      body: { perVisit: 100, perHour: 50 },
    });
    expect(refused.status).toBe(403);
    const bad = await h.call("PUT", "/api/v1/analytics/cost-rates", {
      token: w.admin.token,
      lang: "zh-CN",
      body: { perVisit: -1, perHour: 50 },
    });
    expect(bad.status).toBe(400);
    expect(
      await ok("PUT", "/api/v1/analytics/cost-rates", w.admin.token, { perVisit: 100, perHour: 50.5 }),
    ).toEqual({
      perVisit: 100,
      perHour: 50.5,
    });
    expect(await kpi("cost_per_ticket")).toBeCloseTo((2 * 100 + 3 * 50.5 + 300) / 3, 9);
    expect(await ok("GET", "/api/v1/analytics/cost-rates", w.supervisor.token)).toEqual({
      perVisit: 100,
      perHour: 50.5,
    });
  });
});
