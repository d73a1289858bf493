import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Automatic assignment follows the service network: a visit goes only to technicians of the node
// covering the customer's address (or above it), and whoever is assigned a visit always sees it.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

const everyDay = { workDays: [1, 2, 3, 4, 5, 6, 7], shiftStart: "09:00", shiftEnd: "17:00" };

async function technician(nodeId: string) {
  const email = `tech.${code("u")}@test.local`;
  const u = await ok(
    "POST",
    "/api/v1/users",
    w.admin.token,
    { email, name: `技师 ${n}`, role: "technician", password: "secret-password" },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${u.id}`, w.admin.token, { nodeId, skills: ["washer"], ...everyDay });
  return { id: u.id as string, token: await h.login(email) };
}

async function network() {
  const node = (body: Record<string, unknown>) =>
    ok("POST", "/api/v1/network/nodes", w.admin.token, { code: code("N"), ...body }, 201);
  const hq = await node({ name: "总部", level: "hq" });
  const east = await node({ name: "华东分中心", level: "region", parentId: hq.id });
  const north = await node({ name: "华北分中心", level: "region", parentId: hq.id });
  const shanghai = await node({ name: "上海网点", level: "outlet", parentId: east.id });
  return { hq, east, north, shanghai };
}

async function visitAt(nodeId: string, customerId: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机不排水", description: "上门", type: "repair", customerId },
    201,
  );
  return ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    { kind: "repair", nodeId, durationMinutes: 90, address: "上海市徐汇区", requiredSkills: ["washer"] },
    201,
  );
}

describe("automatic assignment respects the network", () => {
  it("an outlet technician given a region-level visit sees it on the phone and can work it", async () => {
    const net = await network();
    const tech = await technician(net.shanghai.id);
    // A visit served by the region (not the outlet): the outlet's scope alone would hide it.
    const visit = await visitAt(net.east.id, w.bob.id);
    const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.agent.token)).items;
    const booked = await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.agent.token, {
      start: slot.start,
    });
    expect(booked.technicianId).toBe(tech.id);

    const mine = await ok("GET", "/api/v1/visits?technicianId=me", tech.token);
    expect(mine.items.map((v: { id: string }) => v.id)).toEqual([visit.id]);
    expect((await ok("GET", `/api/v1/visits/${visit.id}`, tech.token)).id).toBe(visit.id);
    const onSite = await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech.token, { action: "check_in" });
    expect(onSite.status).toBe("on_site");

    // Another region-level visit nobody gave them stays out of their sight.
    const notMine = await visitAt(net.north.id, w.bob.id);
    const r = await h.call("GET", `/api/v1/visits/${notMine.id}`, { token: tech.token });
    expect(r.status).toBe(404);
  });

  it("a customer covered by the East is booked only to East technicians; the North's never gets it", async () => {
    const net = await network();
    // The North technician is created first: without coverage, earliest-fitting would pick them.
    const northTech = await technician(net.north.id);
    const eastTech = await technician(net.shanghai.id);
    const fallback = await visitAt(net.hq.id, w.bob.id);
    const [any] = (await ok("GET", `/api/v1/visits/${fallback.id}/slots`, w.agent.token)).items;
    // Bob has no structured address: the visit's node alone decides, so the North may serve.
    expect(
      (await ok("POST", `/api/v1/visits/${fallback.id}/booking`, w.agent.token, { start: any.start }))
        .technicianId,
    ).toBe(northTech.id);

    await ok("PATCH", `/api/v1/customers/${w.alice.id}`, w.admin.token, { divisionCode: "310104" });
    await ok("PUT", `/api/v1/network/nodes/${net.north.id}/coverage`, w.admin.token, { divisions: ["11"] });
    await ok("PUT", `/api/v1/network/nodes/${net.shanghai.id}/coverage`, w.admin.token, {
      divisions: ["31"],
    });

    // Two headquarters-level visits for Alice (Shanghai, Xuhui) in the same window: the first goes
    // to the East technician; the second is not handed to the idle North technician.
    const a = await visitAt(net.hq.id, w.alice.id);
    const b = await visitAt(net.hq.id, w.alice.id);
    const slots = (await ok("GET", `/api/v1/visits/${a.id}/slots`, w.aliceUser.token)).items;
    const slot = slots.find((x: { start: string }) => x.start !== any.start) ?? slots[0];
    const first = await ok("POST", `/api/v1/visits/${a.id}/booking`, w.aliceUser.token, {
      start: slot.start,
    });
    expect(first.technicianId).toBe(eastTech.id);
    const second = await h.call("POST", `/api/v1/visits/${b.id}/booking`, {
      token: w.aliceUser.token,
      body: { start: slot.start },
    });
    expect(second.status).toBe(409);
    const offered = (await ok("GET", `/api/v1/visits/${b.id}/slots`, w.aliceUser.token)).items;
    expect(offered.map((x: { start: string }) => x.start)).not.toContain(slot.start);

    const mine = await ok("GET", "/api/v1/visits?technicianId=me", northTech.token);
    expect(mine.items.map((v: { id: string }) => v.id)).toEqual([fallback.id]);
  });
});
