import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// The supervisor's load board: technicians next to desk agents, over-capacity as over, reassigning
// by menu (the same PATCH as the drag, reason required on an owned ticket), and "route now".
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

let n = 0;
const unique = () => `${++n}${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

async function person(world: typeof w, role: string, maxOpenTickets = 5, skills: string[] = []) {
  const email = `${role}.${unique()}@test.local`;
  const u = await ok(
    "POST",
    "/api/v1/users",
    world.admin.token,
    { email, name: `${role} ${n}`, role, password: PASSWORD, maxOpenTickets, skills },
    201,
  );
  return { id: u.id as string, name: u.name as string };
}

const presence = (world: typeof w, id: string, status: string) =>
  ok("PUT", `/api/v1/users/${id}/presence`, world.admin.token, { status });
const board = async (world: typeof w) => ok("GET", "/api/v1/routing/load", world.supervisor.token);
const row = async (world: typeof w, id: string) =>
  (await board(world)).agents.find((a: { userId: string }) => a.userId === id);
const openTicket = (world: typeof w, extra: Record<string, unknown> = {}) =>
  ok(
    "POST",
    "/api/v1/tickets",
    world.admin.token,
    { subject: "Drum noise", description: "loud", type: "repair", customerId: world.bob.id, ...extra },
    201,
  );
const setAutoAssign = (world: typeof w, autoAssign: boolean) =>
  ok("PATCH", "/api/v1/routing/settings", world.admin.token, { autoAssign });

// A technician homed at an outlet with a visit booked for them now (so: today).
async function technicianWithVisitToday(world: typeof w) {
  const tech = await person(world, "technician", 4);
  const node = await ok(
    "POST",
    "/api/v1/network/nodes",
    world.admin.token,
    { code: `N-${unique()}`, name: "上海徐汇网点", level: "hq" },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${tech.id}`, world.admin.token, {
    nodeId: node.id,
    skills: ["washer"],
    workDays: [1, 2, 3, 4, 5, 6, 7],
  });
  const ticket = await openTicket(world);
  const visit = await ok(
    "POST",
    `/api/v1/tickets/${ticket.number}/visits`,
    world.admin.token,
    { kind: "repair", nodeId: node.id, address: "徐汇区漕溪北路 1 号" },
    201,
  );
  await ok("POST", `/api/v1/visits/${visit.id}/assignment`, world.admin.token, {
    technicianId: tech.id,
    start: new Date().toISOString(),
  });
  return tech;
}

describe("load board", () => {
  it("shows field technicians with today's visits next to desk agents, and no other tenant's", async () => {
    await setAutoAssign(w, false);
    const tech = await technicianWithVisitToday(w);
    const theirs = await technicianWithVisitToday(other);
    // The technician also owns one ticket: load = 1 ticket + 1 visit of 4.
    const ticket = await openTicket(w);
    await ok("PATCH", `/api/v1/tickets/${ticket.number}`, w.supervisor.token, { assigneeId: tech.id });
    const b = await board(w);
    const mine = b.agents.find((a: { userId: string }) => a.userId === tech.id);
    expect(mine).toMatchObject({
      kind: "field",
      role: "technician",
      open: 1,
      visitsToday: 1,
      capacity: 4,
      load: 0.5,
      overCapacity: false,
      skills: ["washer"],
    });
    const desk = b.agents.find((a: { userId: string }) => a.userId === w.agent.id);
    expect(desk).toMatchObject({ kind: "desk", visitsToday: 0 });
    expect(b.agents.some((a: { userId: string }) => a.userId === theirs.id)).toBe(false);
    // And the other way round.
    const otherBoard = await board(other);
    expect(otherBoard.agents.some((a: { userId: string }) => a.userId === tech.id)).toBe(false);
    expect(otherBoard.agents.find((a: { userId: string }) => a.userId === theirs.id)).toMatchObject({
      kind: "field",
      visitsToday: 1,
    });
  });

  it("shows someone holding more than their capacity as over it (3 of 2)", async () => {
    await setAutoAssign(w, false);
    const agent = await person(w, "agent", 2);
    for (let i = 0; i < 3; i++) {
      const t = await openTicket(w);
      await ok("PATCH", `/api/v1/tickets/${t.number}`, w.supervisor.token, { assigneeId: agent.id });
    }
    expect(await row(w, agent.id)).toMatchObject({ open: 3, capacity: 2, load: 1.5, overCapacity: true });
  });

  it("reassigning an owned ticket by menu needs a reason, and keeps it on the ticket", async () => {
    await setAutoAssign(w, false);
    const from = await person(w, "agent");
    const to = await person(w, "agent");
    const t = await openTicket(w);
    await ok("PATCH", `/api/v1/tickets/${t.number}`, w.supervisor.token, { assigneeId: from.id });
    const bare = await h.call("PATCH", `/api/v1/tickets/${t.number}`, {
      token: w.supervisor.token,
      body: { assigneeId: to.id },
    });
    expect(bare.status).toBe(422);
    expect(bare.body.error.code).toBe("routing.reason_required");
    const moved = await ok("PATCH", `/api/v1/tickets/${t.number}`, w.supervisor.token, {
      assigneeId: to.id,
      reason: "休假，转交同事",
    });
    expect(moved.assigneeId).toBe(to.id);
    const events = await ok("GET", `/api/v1/tickets/${t.number}/events`, w.supervisor.token);
    const last = events.items.filter((e: { type: string }) => e.type === "assigned").at(-1);
    expect(last.data).toMatchObject({ from: from.id, to: to.id, reason: "休假，转交同事" });
    expect((await row(w, from.id)).open).toBe(0);
    expect((await row(w, to.id)).open).toBe(1);
  });
});

describe("route now", () => {
  it("gives a queued ticket to an online desk agent with room, never to a technician", async () => {
    const world = other;
    await setAutoAssign(world, false);
    const t = await openTicket(world);
    // Only a technician online: the decision finds nobody.
    const tech = await person(world, "technician", 10);
    await presence(world, tech.id, "online");
    const none = await h.call("POST", `/api/v1/routing/tickets/${t.number}/route`, {
      token: world.supervisor.token,
    });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe("routing.nobody_free");
    const desk = await person(world, "agent", 10);
    await presence(world, desk.id, "online");
    const routed = await ok("POST", `/api/v1/routing/tickets/${t.number}/route`, world.supervisor.token);
    expect(routed).toMatchObject({ number: t.number, assigneeId: desk.id, status: "assigned" });
    const again = await h.call("POST", `/api/v1/routing/tickets/${t.number}/route`, {
      token: world.supervisor.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("routing.not_queued");
    await presence(world, desk.id, "offline");
    await presence(world, tech.id, "offline");
  });

  it("is for supervisors and admins only, and finds no other tenant's ticket", async () => {
    const t = await openTicket(w);
    const agent = await h.call("POST", `/api/v1/routing/tickets/${t.number}/route`, { token: w.agent.token });
    expect(agent.status).toBe(403);
    const foreign = await h.call("POST", `/api/v1/routing/tickets/${t.number}/route`, {
      token: other.supervisor.token,
    });
    expect(foreign.status).toBe(404);
  });
});

describe("automatic routing and technicians", () => {
  it("never routes a desk ticket to an online technician with room, even when nobody else is online", async () => {
    await setAutoAssign(w, true);
    const tech = await person(w, "technician", 50, ["washer"]);
    const online = await presence(w, tech.id, "online");
    expect(online.assigned).toBe(0);
    const t = await openTicket(w);
    const after = await ok("GET", `/api/v1/tickets/${t.number}`, w.admin.token);
    expect(after).toMatchObject({ status: "new", assigneeId: null });
    expect((await row(w, tech.id)).open).toBe(0);
    await presence(w, tech.id, "offline");
  });
});
