import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("a");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const range = `from=${today}&to=${today}`;

const open = (body: Record<string, unknown> = {}) =>
  w.post(
    "/api/v1/tickets",
    { subject: "S", description: "D", type: "repair", customerId: w.bob.id, ...body },
    w.agent.token,
  );
const behind = (kpi: string, extra = "", token = w.supervisor.token) =>
  h.call("GET", `/api/v1/analytics/kpis/${kpi}/tickets?${range}${extra}`, { token });
const kpi = (id: string) => h.call("GET", `/api/v1/kpis/${id}?${range}`, { token: w.supervisor.token });

// Five tickets: one assigned to the agent and resolved, one a complaint, three new.
let resolvedId = "";
beforeAll(async () => {
  const a = await open();
  resolvedId = a.id;
  await h.call("PATCH", `/api/v1/tickets/${a.id}`, {
    token: w.supervisor.token,
    body: { assigneeId: w.agent.id },
  });
  const r = await h.call("POST", `/api/v1/tickets/${a.id}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve", reason: "r" },
  });
  expect(r.status).toBe(200);
  await open({ type: "complaint" });
  for (let i = 0; i < 3; i++) await open();
});

describe("the tickets behind a number", () => {
  it("lists as many tickets as a count shows, a page at a time", async () => {
    const volume = (await kpi("volume")).body.value;
    expect(volume).toBe(5);
    const first = await behind("volume", "&limit=3");
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(5);
    expect(first.body.items).toHaveLength(3);
    const rest = await behind("volume", `&limit=3&cursor=${first.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...rest.body.items].map((t: { id: string }) => t.id);
    expect(new Set(all).size).toBe(5);
  });

  it("lists the numerator of a rate: the resolved ticket behind the resolution rate", async () => {
    expect((await kpi("resolution_rate")).body.value).toBe(1 / 5);
    const list = await behind("resolution_rate");
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id: resolvedId,
      status: "resolved",
      assigneeName: w.agent.name,
    });
    expect((await behind("complaint_rate")).body.items.map((t: { type: string }) => t.type)).toEqual([
      "complaint",
    ]);
  });

  it("shows an agent only their own tickets, and refuses unknown KPIs translated", async () => {
    const mine = await behind("volume", "", w.agent.token);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([resolvedId]);
    const unknown = await h.call("GET", `/api/v1/analytics/kpis/happiness/tickets?${range}`, {
      token: w.supervisor.token,
      lang: "zh-CN",
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain("未知的指标");
    expect((await behind("volume", "&limit=0")).status).toBe(400);
  });
});

describe("the wallboard", () => {
  it("counts the live queue and today's KPIs", async () => {
    const board = await h.call("GET", "/api/v1/analytics/wallboard", { token: w.supervisor.token });
    expect(board.status).toBe(200);
    expect(board.body.today).toBe(today);
    expect(board.body.queue).toMatchObject({ open: 4, createdToday: 5, resolvedToday: 1 });
    expect(board.body.kpis.find((k: { kpi: string }) => k.kpi === "volume").value).toBe(5);
    expect((await h.call("GET", "/api/v1/analytics/wallboard", { token: w.agent.token })).status).toBe(403);
  });
});
