import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { advanceAndRunTimers, MIN, ticketEvents, ticketSla } from "./sla-helpers.js";

const { h, w } = worldPerFile("slt");
let allDayId: string;

const advance = (ms: number) => advanceAndRunTimers(h, ms);

const events = (ref: string) => ticketEvents(h, w.agent.token, ref);
const sla = (ref: string) => ticketSla(h, w.agent.token, ref);
const dueOf = (s: { targets: { metric: string; dueAt: string }[] }, metric: string) =>
  new Date(s.targets.find((t) => t.metric === metric)?.dueAt ?? 0).getTime();

beforeAll(async () => {
  const list = await h.call("GET", "/api/v1/calendars", { token: w.admin.token });
  allDayId = list.body.items.find((c: { name: string }) => c.name === "24×7").id;
});

describe("customer tier change", () => {
  it("gives the customer's open tickets the policy of the new tier, keeping time already counted", async () => {
    const post = (body: Record<string, unknown>) =>
      w.post("/api/v1/sla-policies", { calendarId: allDayId, warnAtPercent: 100, ...body });
    const standard = await post({
      name: "installation",
      match: { type: "installation" },
      targets: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
    });
    const gold = await post({
      name: "installation gold",
      match: { type: "installation", tier: "gold" },
      targets: { firstResponseMinutes: 30, resolutionMinutes: 120 },
    });
    const carol = await w.post("/api/v1/customers", { name: "Carol", kind: "person", tier: "standard" });
    const open = (customerId: string) =>
      w.post(
        "/api/v1/tickets",
        { subject: "Install", description: "New washer", type: "installation", customerId },
        w.agent.token,
      );
    const mine = await open(carol.id);
    const other = await open(w.bob.id);
    expect((await sla(mine.number)).policy.id).toBe(standard.id);

    await advance(20 * MIN);
    // A change that leaves the tier alone changes no policy.
    const renamed = await h.call("PATCH", `/api/v1/customers/${carol.id}`, {
      token: w.admin.token,
      body: { name: "Carol Wang" },
    });
    expect(renamed.status).toBe(200);
    expect((await events(mine.number)).some((e) => e.type === "sla_policy_changed")).toBe(false);

    const r = await h.call("PATCH", `/api/v1/customers/${carol.id}`, {
      token: w.admin.token,
      body: { tier: "gold" },
    });
    expect(r.status).toBe(200);
    const s = await sla(mine.number);
    expect(s.policy.id).toBe(gold.id);
    // 30 min budget with 20 already counted: due 30 minutes after creation, not 30 after the change.
    const created = new Date(mine.createdAt).getTime();
    expect(dueOf(s, "first_response") - created).toBe(30 * MIN);
    expect(dueOf(s, "resolution") - created).toBe(120 * MIN);
    const changed = (await events(mine.number)).filter((e) => e.type === "sla_policy_changed");
    expect(changed).toHaveLength(1);
    expect(changed[0]?.data).toMatchObject({ from: standard.id, to: gold.id, tier: "gold" });
    // Another customer's ticket keeps its policy.
    expect((await sla(other.number)).policy.id).toBe(standard.id);

    // The new clock's timer fires; the old 240-minute one does nothing when its time comes.
    await advance(15 * MIN);
    const breached = async () =>
      (await events(mine.number)).filter(
        (e) => e.type === "sla_breached" && e.data.metric === "first_response",
      ).length;
    expect(await breached()).toBe(1);
    await advance(240 * MIN);
    expect(await breached()).toBe(1);
    const verify = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
    expect(verify.body.ok).toBe(true);
  });
});
