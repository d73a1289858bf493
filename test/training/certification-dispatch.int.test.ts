import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// With certification "required", a visit needing a skill is offered and assigned only to a
// technician holding a valid certification for it; when it expires (clock moved) nobody is.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;
const DAY = 86_400_000;
const day = (days: number) => new Date(h.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

describe("certification and field visits", () => {
  it("offers a washer visit only to the certified technician, and to nobody once it lapsed", async () => {
    const admin = w.admin.token;
    const node = (body: Record<string, unknown>) =>
      ok("POST", "/api/v1/network/nodes", admin, { code: code("N"), ...body }, 201);
    const hq = await node({ name: "总部", level: "hq" });
    const outlet = await node({ name: "网点", level: "outlet", parentId: hq.id });
    const shift = { workDays: [1, 2, 3, 4, 5, 6, 7], shiftStart: "09:00", shiftEnd: "17:00" };
    const tech = async (name: string) => {
      const u = await ok(
        "POST",
        "/api/v1/users",
        admin,
        { email: `${code("t")}@test.local`, name, role: "technician", password: "secret-password" },
        201,
      );
      await ok("PUT", `/api/v1/technicians/${u.id}`, admin, {
        nodeId: outlet.id,
        skills: ["washer"],
        ...shift,
      });
      return u.id as string;
    };
    const plain = await tech("未持证师傅");
    const certified = await tech("持证师傅");
    await ok("PUT", "/api/v1/routing/settings", admin, { certification: "required" });
    await ok(
      "POST",
      "/api/v1/certifications",
      admin,
      { userId: certified, skill: "washer", validUntil: day(3) },
      201,
    );
    const ticket = await ok(
      "POST",
      "/api/v1/tickets",
      w.agent.token,
      { subject: "洗衣机不排水", description: "上门", type: "repair", customerId: w.alice.id },
      201,
    );
    const visit = await ok(
      "POST",
      `/api/v1/tickets/${ticket.number}/visits`,
      admin,
      {
        kind: "repair",
        nodeId: outlet.id,
        durationMinutes: 60,
        address: "上海市",
        requiredSkills: ["washer"],
      },
      201,
    );
    const slots = await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token);
    expect(slots.items.length).toBeGreaterThan(0);
    const refused = await h.call("POST", `/api/v1/visits/${visit.id}/assignment`, {
      token: admin,
      body: { technicianId: plain, start: slots.items[0].start },
    });
    expect(refused.status).toBe(422);

    h.clock.advance(5 * DAY);
    try {
      const later = await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token);
      expect(later.items).toEqual([]);
      // With the policy off, skills alone decide again: the uncertified technician is offered.
      await ok("PUT", "/api/v1/routing/settings", admin, { certification: "off" });
      expect(
        (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token)).items.length,
      ).toBeGreaterThan(0);
    } finally {
      h.clock.advance(-5 * DAY);
      await ok("PUT", "/api/v1/routing/settings", admin, { certification: "off" });
    }
  });
});
