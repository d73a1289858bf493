import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// The analytics KPI catalogue reads the parts module: parts used per finished repair, and the days
// a ticket waited for a back-ordered part (ask → fill).
const { h, w } = worldPerFile("pk");
const DAY = 86_400_000;

describe("parts KPIs through the analytics API", () => {
  it("counts parts per finished repair and the days waited for parts", async () => {
    const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
    const partNo = (
      await w.post("/api/v1/parts", { partNo: `P-K-${tag}`, name: "压缩机", nameEn: "Compressor" })
    ).partNo;
    const site = (await w.post("/api/v1/stock-sites", { code: `WH-K-${tag}`, name: "仓", kind: "warehouse" }))
      .code;
    const repair = () =>
      w.post(
        "/api/v1/tickets",
        { subject: "不制冷", description: "warm", type: "repair", customerId: w.bob.id },
        w.agent.token,
      );
    const resolve = (ref: string) =>
      h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
        token: w.agent.token,
        body: { action: "resolve" },
      });
    const reserve = (ticketRef: string, qty: number, backorder = false) =>
      w.post("/api/v1/stock/reservations", { partNo, site, qty, ticketRef, backorder });
    const consume = (id: string) =>
      h.call("POST", `/api/v1/stock/reservations/${id}/consume`, { token: w.technician.token });

    // Repair 1 waits 2 days for 2 compressors, then uses them; repair 2 uses 1 from the shelf;
    // repair 3 is still open (its part is not a finished repair's).
    const r1 = await repair();
    const waiting = await reserve(r1.number, 2, true);
    h.clock.advance(2 * DAY);
    await w.post("/api/v1/stock/receipts", { partNo, site, qty: 10 });
    await consume(waiting.id);
    expect((await resolve(r1.number)).status).toBe(200);
    const r2 = await repair();
    await consume((await reserve(r2.number, 1)).id);
    expect((await resolve(r2.number)).status).toBe(200);
    const r3 = await repair();
    await consume((await reserve(r3.number, 3)).id);

    const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d);
    const range = `from=${day(new Date(Date.now() - DAY))}&to=${day(new Date(Date.now() + 3 * DAY))}`;
    const kpi = async (id: string) =>
      (await h.call("GET", `/api/v1/kpis/${id}?${range}`, { token: w.supervisor.token })).body;
    expect(await kpi("parts_usage_rate")).toEqual({ kpi: "parts_usage_rate", unit: "score", value: 1.5 });
    const wait = await kpi("parts_wait_days_avg");
    expect(wait.unit).toBe("days");
    expect(wait.value).toBeCloseTo(2, 3);
  });
});
