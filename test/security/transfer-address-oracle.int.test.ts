import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Issue 12, point 12: the owner-initiated transfer used to answer 422 for an address that is no
// customer's and move the unit at once for a customer's, telling the owner who our customers are.
// Now it is an offer, answered alike; the recipient accepts it, the unit stays put until then.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const offer = (serial: string, body: Record<string, string>, lang = "en") =>
  h.call("POST", `/api/v1/units/${serial}/transfer`, { token: w.aliceUser.token, body, lang });
const strip = (b: Record<string, unknown>) => ({ ...b, offerId: "" });

describe("owner transfer without a customer-existence oracle", () => {
  it("answers the owner alike for a customer's address and an unknown one, and moves nothing until accepted", async () => {
    const serial = w.aliceUnit.serial;
    const digits = `139${String(Date.now()).slice(-8)}`;
    const carol = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      body: { name: "Carol", kind: "person", phone: digits },
    });
    expect(carol.status).toBe(201);
    const known = await offer(serial, { email: w.bob.email });
    const unknown = await offer(serial, { email: `nobody.${Date.now()}@example.com` });
    const knownPhone = await offer(serial, { phone: `+86 ${digits.slice(0, 3)} ${digits.slice(3)}` });
    const unknownPhone = await offer(serial, { phone: "+86 139 0000 0000" });
    for (const r of [known, unknown, knownPhone, unknownPhone]) {
      expect(r.status).toBe(200);
      expect(strip(r.body)).toEqual({ serial, transferred: false, pending: true, offerId: "" });
    }
    // Still Alice's; her list shows every offer as pending, whoever the address belongs to.
    const unit = await h.call("GET", `/api/v1/units/${serial}`, { token: w.aliceUser.token });
    expect(unit.body.customerId).toBe(w.alice.id);
    const mine = await h.call("GET", "/api/v1/unit-transfers", { token: w.aliceUser.token });
    const outgoing = mine.body.items.filter((o: { serial: string }) => o.serial === serial);
    expect(outgoing).toHaveLength(4);
    for (const o of outgoing) expect(o).toMatchObject({ direction: "outgoing", status: "pending" });

    // Only the addressee can accept; the other tenant's customer and the owner herself get "not found".
    const strangers = [other.bobUser.token, w.aliceUser.token];
    for (const token of strangers) {
      const r = await h.call("POST", `/api/v1/unit-transfers/${known.body.offerId}/accept`, {
        token,
        lang: "zh-CN",
      });
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe("unit.transfer_offer_not_found");
      expect(r.body.error.message).toContain("转让");
    }
    const accepted = await h.call("POST", `/api/v1/unit-transfers/${known.body.offerId}/accept`, {
      token: w.bobUser.token,
    });
    expect(accepted.status).toBe(200);
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.agent.token })).body.customerId).toBe(
      w.bob.id,
    );
    // The other offers on that unit are closed; accepting again is refused, translated.
    const again = await h.call("POST", `/api/v1/unit-transfers/${known.body.offerId}/accept`, {
      token: w.bobUser.token,
    });
    expect(again.status).toBe(409);
    const after = await h.call("GET", "/api/v1/unit-transfers", { token: w.aliceUser.token });
    const statuses = after.body.items
      .filter((o: { serial: string }) => o.serial === serial)
      .map((o: { status: string }) => o.status)
      .sort();
    expect(statuses).toEqual(["accepted", "cancelled", "cancelled", "cancelled"]);

    const audit = JSON.stringify(
      (await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token })).body,
    );
    expect(audit).toContain("unit.transfer_offered");
    expect(audit).toContain("unit.transfer_accepted");
  });

  it("keeps another customer's offers out of sight and refuses offers on units one does not own", async () => {
    const r = await h.call("POST", `/api/v1/units/${w.bobUnit.serial}/transfer`, {
      token: w.aliceUser.token,
      body: { email: `x.${Date.now()}@example.com` },
    });
    expect(r.status).toBe(404);
    const list = await h.call("GET", "/api/v1/unit-transfers", { token: other.aliceUser.token });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });
});
