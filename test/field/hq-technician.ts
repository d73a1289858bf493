import { expect } from "vitest";
import type { World } from "../fixtures.js";
import type { Harness } from "../harness.js";

// An API call that must answer `status`, returning its body; a failure shows what the server said.
export const expectCall =
  (h: Harness) =>
  async (method: string, path: string, token: string, body?: unknown, status = 200) => {
    const r = await h.call(method, path, { token, body });
    expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
    return r.body;
  };

let n = 0;
const uniqueCode = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

// A head-office node of its own with one technician (李师傅, washers unless told other skills) who
// works every day 08:00–20:00.
// `profile` adds to (or overrides) the technician's profile: a van, other hours.
export async function hqTechnician(h: Harness, w: World, skills = ["washer"], profile: object = {}) {
  const ok = expectCall(h);
  const hq = await ok(
    "POST",
    "/api/v1/network/nodes",
    w.admin.token,
    { code: uniqueCode("N"), name: "总部", level: "hq" },
    201,
  );
  const email = `tech.${uniqueCode("u")}@test.local`;
  const user = await ok(
    "POST",
    "/api/v1/users",
    w.admin.token,
    { email, name: "李师傅", role: "technician", password: "secret-password" },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${user.id}`, w.admin.token, {
    nodeId: hq.id,
    skills,
    workDays: [1, 2, 3, 4, 5, 6, 7],
    shiftStart: "08:00",
    shiftEnd: "20:00",
    ...profile,
  });
  return { hq, user, email };
}

// A one-pixel PNG the customer "signs" with.
export const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

// A washer visit of `kind` for the world's customer Alice's ticket, booked on the first free slot
// with a fresh head-office technician (`profile` as in hqTechnician).
export async function bookedVisit(h: Harness, w: World, kind = "repair", profile: object = {}) {
  const ok = expectCall(h);
  const { hq, user, email } = await hqTechnician(h, w, ["washer"], profile);
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
    w.admin.token,
    { kind, nodeId: hq.id, address: "上海市徐汇区", requiredSkills: ["washer"] },
    201,
  );
  const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.agent.token)).items;
  await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.agent.token, { start: slot.start });
  return { ticket, visit, user, tech: await h.login(email) };
}

// The same, once the technician has checked in: the state the phone's on-site actions start from.
export async function onSiteVisit(h: Harness, w: World, kind = "repair") {
  const { visit, tech } = await bookedVisit(h, w, kind);
  await expectCall(h)("POST", `/api/v1/visits/${visit.id}/steps`, tech, { action: "check_in" });
  return { id: visit.id as string, tech };
}
