import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { advanceAndRunTimers, MIN } from "./sla-helpers.js";

const { h, w } = worldPerFile("slaq");

const advance = (ms: number) => advanceAndRunTimers(h, ms);

type Item = { number: string; slaState: string | null; slaDueAt: string | null };
const list = async (query: string): Promise<Item[]> => {
  const res = await h.call("GET", `/api/v1/tickets?${query}`, { token: w.agent.token });
  expect(res.status).toBe(200);
  return res.body.items;
};

beforeAll(async () => {
  const cals = await h.call("GET", "/api/v1/calendars", { token: w.admin.token });
  const allDay = cals.body.items.find((c: { name: string }) => c.name === "24×7").id;
  await w.post("/api/v1/sla-policies", {
    name: "fast complaints",
    calendarId: allDay,
    match: { type: "complaint" },
    targets: { firstResponseMinutes: 10, resolutionMinutes: 600 },
    warnAtPercent: 50,
  });
});

describe("the queue's SLA views", () => {
  it("filters by SLA state and team, and lists due soonest first", async () => {
    const open = (subject: string) =>
      w.post(
        "/api/v1/tickets",
        { subject, description: "D", type: "complaint", customerId: w.bob.id },
        w.agent.token,
      );
    const early = await open("early");
    await advance(6 * MIN); // early: 6 of 10 min used → at risk
    const late = await open("late");
    expect((await list("slaState=warning")).map((t) => t.number)).toEqual([early.number]);

    await advance(5 * MIN); // early breached at 10 min; late at 5 of 10 → at risk
    expect((await list("slaState=breached")).map((t) => t.number)).toEqual([early.number]);
    expect((await list("slaState=warning,breached&sort=sla_due")).map((t) => t.number)).toEqual([
      early.number,
      late.number,
    ]);
    expect(await list("slaState=warning,breached&teamId=none")).toHaveLength(2);
    expect(await list("slaState=breached&teamId=no-such-team")).toEqual([]);

    const bad = await h.call("GET", "/api/v1/tickets?slaState=late", { token: w.agent.token });
    expect(bad.status).toBe(400);
  });
});
