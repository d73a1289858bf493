import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { bookedVisit as bookedVisitOf, expectCall, SIGNATURE } from "./hq-technician.js";

// The phone app's offline queue resends each visit action with the key it was first tried with:
// whatever the network did to the first attempt, the server applies the action once.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

const ok = expectCall(h);
let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

// A booked repair visit whose technician has a van holding 3 drain pumps.
async function bookedVisit() {
  const vanSite = code("VAN");
  const partNo = code("PN");
  await ok("POST", "/api/v1/parts", w.admin.token, { partNo, name: "排水泵", nameEn: "Drain pump" }, 201);
  const booked = await bookedVisitOf(h, w, "repair", { vanSite });
  await ok(
    "POST",
    "/api/v1/stock-sites",
    w.admin.token,
    { code: vanSite, name: "工程车", kind: "van", ownerId: booked.user.id },
    201,
  );
  await ok("POST", "/api/v1/stock/receipts", w.admin.token, { partNo, site: vanSite, qty: 3 }, 201);
  return { ...booked, partNo, vanSite };
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
