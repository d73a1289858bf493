import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// The optimiser proposes only technicians the coverage rule lets serve the customer's address (the
// same rule as the automatic assignment): the nearest technician of a sibling outlet is passed over.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

const DAY = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
const XUHUI = { lat: 31.19, lng: 121.43 };
const PUDONG = { lat: 31.22, lng: 121.54 };

async function technician(nodeId: string, home: { lat: number; lng: number }) {
  const email = `tech.${code("u")}@test.local`;
  const u = await ok(
    "POST",
    "/api/v1/users",
    w.admin.token,
    { email, name: `技术员 ${n}`, role: "technician", password: "secret-password" },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${u.id}`, w.admin.token, {
    nodeId,
    skills: ["washer"],
    workDays: [1, 2, 3, 4, 5, 6, 7],
    shiftStart: "09:00",
    shiftEnd: "17:00",
    homeLat: home.lat,
    homeLng: home.lng,
  });
  return u.id as string;
}

async function urgentVisit(nodeId: string, customerId: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机漏水", description: "上门", type: "repair", customerId },
    201,
  );
  // The job is next door to the Pudong technician's base.
  return ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    { kind: "repair", nodeId, durationMinutes: 60, address: "上海市", requiredSkills: ["washer"], ...PUDONG },
    201,
  );
}

describe("dispatch plans respect coverage", () => {
  it("the nearest technician outside the covering node is not chosen; without coverage they are", async () => {
    const node = (body: Record<string, unknown>) =>
      ok("POST", "/api/v1/network/nodes", w.admin.token, { code: code("N"), ...body }, 201);
    const hq = await node({ name: "总部", level: "hq" });
    const east = await node({ name: "华东", level: "region", parentId: hq.id });
    const xuhui = await node({ name: "徐汇网点", level: "outlet", parentId: east.id });
    const pudong = await node({ name: "浦东网点", level: "outlet", parentId: east.id });
    const xuhuiTech = await technician(xuhui.id, XUHUI);
    const pudongTech = await technician(pudong.id, PUDONG);
    await ok("PUT", `/api/v1/network/nodes/${xuhui.id}/coverage`, w.admin.token, { divisions: ["310104"] });
    await ok("PUT", `/api/v1/network/nodes/${pudong.id}/coverage`, w.admin.token, { divisions: ["310115"] });
    const plan = (visitId: string) =>
      ok(
        "POST",
        "/api/v1/dispatch/plans",
        w.admin.token,
        { nodeId: east.id, day: DAY, seconds: 0.3, seed: 1, urgentVisitIds: [visitId] },
        201,
      );
    const holder = (p: { rounds: { technicianId: string; stops: { visitId: string }[] }[] }, id: string) =>
      p.rounds.find((r) => r.stops.some((s) => s.visitId === id))?.technicianId;

    // Bob has no structured address: the nearest technician gets the job.
    const free = await urgentVisit(east.id, w.bob.id);
    expect(holder(await plan(free.id), free.id)).toBe(pudongTech);

    // Alice lives in Xuhui: only the Xuhui outlet (or above) may serve her, however near Pudong is.
    await ok("PATCH", `/api/v1/customers/${w.alice.id}`, w.admin.token, { divisionCode: "310104" });
    const covered = await urgentVisit(east.id, w.alice.id);
    const p = await plan(covered.id);
    expect(p.unplanned).toEqual([]);
    expect(holder(p, covered.id)).toBe(xuhuiTech);
  });
});
