import { describe, expect, it } from "vitest";
import { buildWorld, harnessPerFile, PASSWORD, type World } from "../fixtures.js";

const { h } = harnessPerFile();
let n = 0;

async function agent(w: World, skills: string[], maxOpenTickets: number, role = "agent") {
  const email = `ag${++n}.${Math.random().toString(36).slice(2, 7)}@test.local`;
  const u = await w.post("/api/v1/users", {
    email,
    name: `Agent ${n}`,
    role,
    password: PASSWORD,
    skills,
    maxOpenTickets,
  });
  return { id: u.id as string, token: await h.login(email, PASSWORD) };
}
const online = (w: World, id: string, status = "online") =>
  h.call("PUT", `/api/v1/users/${id}/presence`, { token: w.admin.token, body: { status } });
const open = (w: World, extra: Record<string, unknown> = {}) =>
  h.call("POST", "/api/v1/tickets", {
    token: w.admin.token,
    body: { subject: "Washer leaks", description: "water", type: "repair", customerId: w.bob.id, ...extra },
  });
const get = async (w: World, id: string) =>
  (await h.call("GET", `/api/v1/tickets/${id}`, { token: w.admin.token })).body;
const assignedEvents = async (w: World, id: string) =>
  (await h.call("GET", `/api/v1/tickets/${id}/events`, { token: w.admin.token })).body.items.filter(
    (e: { type: string }) => e.type === "assigned",
  );
const resolve = (w: World, id: string) =>
  h.call("POST", `/api/v1/tickets/${id}/transitions`, { token: w.admin.token, body: { action: "resolve" } });

describe("automatic assignment", () => {
  it("never assigns past capacity under 50 parallel creations, then drains the queue as room frees", async () => {
    const w = await buildWorld(h, "par");
    const agents = [await agent(w, [], 5), await agent(w, [], 5), await agent(w, [], 5)];
    for (const a of agents) expect((await online(w, a.id)).status).toBe(200);
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => open(w, { subject: `Leak ${i}` })),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    const load = await h.call("GET", "/api/v1/routing/load", { token: w.supervisor.token });
    const ours = load.body.agents.filter((x: { userId: string }) => agents.some((a) => a.id === x.userId));
    expect(ours.map((x: { open: number }) => x.open)).toEqual([5, 5, 5]);
    expect(load.body.queued).toBe(35);
    // One agent finishes two tickets: exactly two queued tickets move to them, oldest first.
    const mine = await h.call("GET", `/api/v1/tickets?assigneeId=${agents[0]?.id}&limit=200`, {
      token: w.admin.token,
    });
    for (const t of mine.body.items.slice(0, 2)) expect((await resolve(w, t.id)).status).toBe(200);
    const after = await h.call("GET", "/api/v1/routing/load", { token: w.supervisor.token });
    expect(after.body.queued).toBe(33);
    const first = after.body.agents.find((x: { userId: string }) => x.userId === agents[0]?.id);
    expect(first.open).toBe(5);
  });

  it("waits in the queue with nobody online and is assigned when an eligible agent comes online", async () => {
    const w = await buildWorld(h, "pres");
    const a = await agent(w, ["washer"], 10);
    const t = await open(w, { unitSerial: w.bobUnit.serial });
    expect(t.body).toMatchObject({ status: "new", assigneeId: null });
    expect((await online(w, a.id)).body.assigned).toBe(1);
    const now = await get(w, t.body.id);
    expect(now).toMatchObject({ status: "assigned", assigneeId: a.id });
  });

  it("routes a ticket whose after-commit routing was lost at the next presence sweep", async () => {
    const w = await buildWorld(h, "lost");
    const a = await agent(w, [], 10);
    expect((await online(w, a.id)).status).toBe(200);
    const t = await open(w);
    expect(await get(w, t.body.id)).toMatchObject({ status: "assigned", assigneeId: a.id });
    // Put the ticket back as a crash between the creation's commit and its routing pass leaves it:
    // committed, queued, while someone has room.
    await h.database.query("update tickets set status = 'new', assignee_id = null where id = $1", [
      t.body.id,
    ]);
    expect(await get(w, t.body.id)).toMatchObject({ status: "new", assigneeId: null });
    const { sweepPresence } = await import("../../src/server/modules/assignment/index.js");
    await h.services.db.transaction((tx) => sweepPresence(tx, h.services, w.tenantId, h.clock.now()));
    expect(await get(w, t.body.id)).toMatchObject({ status: "assigned", assigneeId: a.id });
  });

  it("only gives a ticket to an agent with every skill its product needs, and explains why", async () => {
    const w = await buildWorld(h, "skill");
    const noSkill = await agent(w, ["fridge"], 10);
    await online(w, noSkill.id);
    const t = await open(w, { unitSerial: w.bobUnit.serial });
    expect((await get(w, t.body.id)).assigneeId).toBeNull();
    const skilled = await agent(w, ["washer"], 4);
    await online(w, skilled.id);
    const [ev] = await assignedEvents(w, t.body.id);
    expect(ev.data).toMatchObject({
      from: null,
      to: skilled.id,
      rule: "auto",
      reason: { skills: ["washer"], load: { open: 0, capacity: 4 }, capacity: 4, tierRule: null },
    });
  });

  it("sends gold/VIP customers to agents with the vip skill first, falling back only when the rule allows", async () => {
    const w = await buildWorld(h, "tier");
    const plain = await agent(w, ["washer"], 10);
    await online(w, plain.id);
    const gold = { customerId: w.alice.id, unitSerial: w.aliceUnit.serial };
    // Default rule allows fallback: with no vip agent online the plain agent takes it.
    const t1 = await open(w, gold);
    const [e1] = await assignedEvents(w, t1.body.id);
    expect(e1.data).toMatchObject({ to: plain.id, reason: { tierRule: "fallback" } });
    const vip = await agent(w, ["washer", "vip"], 10);
    await online(w, vip.id);
    const t2 = await open(w, gold);
    const [e2] = await assignedEvents(w, t2.body.id);
    expect(e2.data).toMatchObject({
      to: vip.id,
      reason: { tierRule: "vip_first", skills: ["vip", "washer"] },
    });
    // Without fallback a gold ticket waits while the vip agent is away.
    const patch = await h.call("PATCH", "/api/v1/routing/settings", {
      token: w.admin.token,
      body: { tierRule: { tiers: ["gold", "vip"], skill: "vip", fallback: false } },
    });
    expect(patch.status).toBe(200);
    await online(w, vip.id, "away");
    const t3 = await open(w, gold);
    expect((await get(w, t3.body.id)).assigneeId).toBeNull();
    await online(w, vip.id);
    expect((await get(w, t3.body.id)).assigneeId).toBe(vip.id);
  });

  it("breaks load ties in favour of whoever was assigned least recently", async () => {
    const w = await buildWorld(h, "tie");
    const a = await agent(w, [], 10);
    const b = await agent(w, [], 10);
    await online(w, a.id);
    const t1 = await open(w);
    expect((await get(w, t1.body.id)).assigneeId).toBe(a.id);
    await resolve(w, t1.body.id);
    await online(w, b.id);
    // Both have 0 open now; a was assigned recently, b never: b wins and the event says so.
    const t2 = await open(w);
    const [ev] = await assignedEvents(w, t2.body.id);
    expect(ev.data).toMatchObject({ to: b.id, reason: { tieBreak: "least_recently_assigned" } });
    const t3 = await open(w);
    expect((await get(w, t3.body.id)).assigneeId).toBe(a.id);
  });

  it("marks agents offline after inactivity and lets people change only their own presence", async () => {
    const w = await buildWorld(h, "idle");
    const a = await agent(w, [], 10);
    const other = await agent(w, [], 10);
    expect(
      (
        await h.call("PUT", `/api/v1/users/${a.id}/presence`, {
          token: other.token,
          body: { status: "online" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await h.call("PUT", `/api/v1/users/${a.id}/presence`, { token: a.token, body: { status: "online" } }))
        .status,
    ).toBe(200);
    const { sweepPresence } = await import("../../src/server/modules/assignment/index.js");
    h.clock.advance(10 * 60_000);
    expect((await h.call("POST", "/api/v1/presence/heartbeat", { token: a.token })).body.status).toBe(
      "online",
    );
    h.clock.advance(10 * 60_000);
    expect(
      await h.services.db.transaction((tx) => sweepPresence(tx, h.services, w.tenantId, h.clock.now())),
    ).toEqual([]);
    h.clock.advance(16 * 60_000);
    expect(
      await h.services.db.transaction((tx) => sweepPresence(tx, h.services, w.tenantId, h.clock.now())),
    ).toEqual([a.id]);
    expect((await h.call("GET", "/api/v1/presence", { token: a.token })).body.status).toBe("offline");
  });
});

describe("first-contact ownership (首问责任制)", () => {
  it("makes the first agent to reply publicly the owner, and refuses a reassignment by another agent", async () => {
    const w = await buildWorld(h, "own");
    const a = await agent(w, [], 10);
    const b = await agent(w, [], 10);
    const t = await open(w);
    const reply = await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
      token: a.token,
      body: { body: "We are on it", visibility: "public" },
    });
    expect(reply.status).toBe(201);
    expect(await get(w, t.body.id)).toMatchObject({ assigneeId: a.id, status: "assigned" });
    const [ev] = await assignedEvents(w, t.body.id);
    expect(ev.data).toMatchObject({ to: a.id, rule: "first_contact" });
    const grab = await h.call("PATCH", `/api/v1/tickets/${t.body.id}`, {
      token: b.token,
      body: { assigneeId: b.id, reason: "mine now" },
    });
    expect(grab.status).toBe(403);
    expect(grab.body.error.code).toBe("routing.ticket_owned");
    const noReason = await h.call("PATCH", `/api/v1/tickets/${t.body.id}`, {
      token: w.supervisor.token,
      body: { assigneeId: b.id },
    });
    expect(noReason.body.error.code).toBe("routing.reason_required");
    const ok = await h.call("PATCH", `/api/v1/tickets/${t.body.id}`, {
      token: w.supervisor.token,
      body: { assigneeId: b.id, reason: "A is on leave" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.assigneeId).toBe(b.id);
  });
});
