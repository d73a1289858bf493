import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// The phone app's offline queue resends each visit action with the key it was first tried with:
// whatever the network did to the first attempt, the server applies the action once.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;
const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

// An outlet with one technician (with a van holding 3 drain pumps) and a booked repair visit.
async function bookedVisit() {
  const admin = w.admin.token;
  const node = await ok(
    "POST",
    "/api/v1/network/nodes",
    admin,
    { code: code("N"), name: "上海徐汇网点", level: "hq" },
    201,
  );
  const email = `tech.${code("u")}@test.local`;
  const tech = await ok(
    "POST",
    "/api/v1/users",
    admin,
    { email, name: "技术员", role: "technician", password: "secret-password" },
    201,
  );
  const vanSite = code("VAN");
  await ok(
    "POST",
    "/api/v1/stock-sites",
    admin,
    { code: vanSite, name: "工程车", kind: "van", ownerId: tech.id },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${tech.id}`, admin, {
    nodeId: node.id,
    skills: ["washer"],
    vanSite,
    workDays: [1, 2, 3, 4, 5, 6, 7],
    shiftStart: "09:00",
    shiftEnd: "17:00",
  });
  const partNo = code("PN");
  await ok("POST", "/api/v1/parts", admin, { partNo, name: "排水泵", nameEn: "Drain pump" }, 201);
  await ok("POST", "/api/v1/stock/receipts", admin, { partNo, site: vanSite, qty: 3 }, 201);
  const ticket = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机不排水", description: "需要上门维修", type: "repair", customerId: w.alice.id },
    201,
  );
  const visit = await ok(
    "POST",
    `/api/v1/tickets/${ticket.number}/visits`,
    admin,
    { kind: "repair", nodeId: node.id, address: "上海市徐汇区", requiredSkills: ["washer"] },
    201,
  );
  const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.agent.token)).items;
  await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.agent.token, { start: slot.start });
  return { ticket, visit, tech: await h.login(email), partNo, vanSite };
}

const send = (path: string, token: string, key: string, body: unknown) =>
  h.call("POST", path, { token, body, headers: { "idempotency-key": key } });

describe("field service: a visit action resent with the same Idempotency-Key", () => {
  it("is applied once: one check-in step, one part taken from the van, one signature", async () => {
    const { ticket, visit, tech, partNo, vanSite } = await bookedVisit();
    const checkIn = code("key");
    for (let i = 0; i < 3; i++) {
      const r = await send(`/api/v1/visits/${visit.id}/steps`, tech, checkIn, { action: "check_in" });
      expect(r.status).toBe(200);
      expect(r.body.status).toBe("on_site");
    }
    const part = code("key");
    for (let i = 0; i < 2; i++) {
      const r = await send(`/api/v1/visits/${visit.id}/parts`, tech, part, { partNo, qty: 1 });
      expect(r.status).toBe(200);
      expect(r.body.parts).toEqual([{ partNo, name: "排水泵", qty: 1 }]);
    }
    const sign = code("key");
    for (let i = 0; i < 2; i++) {
      const r = await send(`/api/v1/visits/${visit.id}/signature`, tech, sign, {
        image: SIGNATURE,
        signedBy: "王女士",
      });
      expect(r.status).toBe(200);
    }
    const events = await ok("GET", `/api/v1/tickets/${ticket.number}/events`, w.agent.token);
    const actions = events.items
      .filter((e: { type: string }) => e.type === "visit_step")
      .map((e: { data: { action: string } }) => e.data.action);
    expect(actions.filter((a: string) => a === "check_in")).toHaveLength(1);
    expect(actions.filter((a: string) => a === "part_used")).toHaveLength(1);
    expect(actions.filter((a: string) => a === "signed")).toHaveLength(1);
    const stock = await ok("GET", `/api/v1/stock?partNo=${partNo}&site=${vanSite}`, w.agent.token);
    expect(stock.items[0]).toMatchObject({ onHand: 2 });
  });

  it("a new key applies again; a key reused for another action is refused in the caller's language", async () => {
    const { visit, tech, partNo } = await bookedVisit();
    await send(`/api/v1/visits/${visit.id}/steps`, tech, "k-1", { action: "check_in" });
    const reused = await h.call("POST", `/api/v1/visits/${visit.id}/parts`, {
      token: tech,
      lang: "en",
      body: { partNo, qty: 1 },
      headers: { "idempotency-key": "k-1" },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.error.message).toBe(
      "This Idempotency-Key was already used for another visit or action.",
    );
    // Two parts under two keys are two parts used.
    await send(`/api/v1/visits/${visit.id}/parts`, tech, "k-2", { partNo, qty: 1 });
    const second = await send(`/api/v1/visits/${visit.id}/parts`, tech, "k-3", { partNo, qty: 1 });
    expect(second.body.parts).toHaveLength(2);
    // A failed action leaves its key unused: the same key works once the action can apply.
    const early = await send(`/api/v1/visits/${visit.id}/steps`, tech, "k-4", { action: "check_out" });
    expect(early.status).toBe(422);
    await send(`/api/v1/visits/${visit.id}/signature`, tech, "k-5", { image: SIGNATURE, signedBy: "王女士" });
    const out = await send(`/api/v1/visits/${visit.id}/steps`, tech, "k-4", { action: "check_out" });
    expect(out.body.status).toBe("done");
  });
});
