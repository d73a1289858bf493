import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const PDF = new TextEncoder().encode("%PDF-1.4\n% invoice\n");

function claimForm(serial: string, file: File | null, purchasedAt = "2026-01-10") {
  const form = new FormData();
  form.set("serial", serial);
  form.set("productSku", w.washer.sku);
  form.set("purchasedAt", purchasedAt);
  if (file) form.set("invoice", file);
  return form;
}
const claim = (
  token: string,
  serial: string,
  file: File | null = new File([PNG], "invoice.png", { type: "image/png" }),
) => h.call("POST", "/api/v1/unit-registrations", { token, raw: claimForm(serial, file) });
const queue = async () =>
  (
    await h.call("GET", "/api/v1/unit-registrations?status=pending_review&limit=200", {
      token: w.agent.token,
    })
  ).body.items as { id: string; serial: string; conflict: boolean; customerName: string }[];

describe("unit registration with proof of purchase", () => {
  it("keeps a claim in review until staff accept the invoice, then the unit is the customer's with its invoice date", async () => {
    const serial = `NEW-${tag}`;
    const r = await claim(w.bobUser.token, serial);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ serial, status: "pending_review", purchasedAt: "2026-01-10" });
    expect(r.body.conflict).toBeUndefined();
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.bobUser.token })).status).toBe(404);

    const inQueue = (await queue()).find((q) => q.id === r.body.id);
    expect(inQueue).toMatchObject({ conflict: false, customerName: "Bob" });
    const invoice = await h.call("GET", `/api/v1/unit-registrations/${r.body.id}/invoice`, {
      token: w.agent.token,
    });
    expect(invoice.status).toBe(200);
    expect(invoice.headers.get("content-type")).toBe("image/png");
    // Another customer can neither read the claim nor its invoice.
    expect(
      (await h.call("GET", `/api/v1/unit-registrations/${r.body.id}`, { token: w.aliceUser.token })).status,
    ).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/unit-registrations/${r.body.id}/invoice`, { token: w.aliceUser.token }))
        .status,
    ).toBe(404);

    const approved = await h.call("POST", `/api/v1/unit-registrations/${r.body.id}/approve`, {
      token: w.agent.token,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe("approved");
    const unit = await h.call("GET", `/api/v1/units/${serial}`, { token: w.bobUser.token });
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({
      customerId: w.bob.id,
      invoiceDate: "2026-01-10",
      evidence: { invoice: true },
      warrantyEndsAt: "2028-01-09",
    });
    const again = await h.call("POST", `/api/v1/unit-registrations/${r.body.id}/approve`, {
      token: w.agent.token,
    });
    expect(again.status).toBe(409);
  });

  it("never hands over or reveals a serial someone else holds: same answer, flagged for staff, approval refused", async () => {
    const taken = w.aliceUnit.serial;
    const squat = await claim(w.bobUser.token, taken);
    const fresh = await claim(w.bobUser.token, `FREE-${tag}`);
    expect(squat.status).toBe(201);
    expect(squat.body.status).toBe("pending_review");
    // The claimant cannot tell a held serial from a free one.
    expect(Object.keys(squat.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect({ ...squat.body, id: "", serial: "", createdAt: "" }).toEqual({
      ...fresh.body,
      id: "",
      serial: "",
      createdAt: "",
    });

    const aliceUnit = await h.call("GET", `/api/v1/units/${taken}`, { token: w.aliceUser.token });
    expect(aliceUnit.status).toBe(200);
    expect(aliceUnit.body.customerId).toBe(w.alice.id);
    expect((await h.call("GET", `/api/v1/units/${taken}`, { token: w.bobUser.token })).status).toBe(404);

    const flagged = (await queue()).find((q) => q.id === squat.body.id);
    expect(flagged?.conflict).toBe(true);
    const approve = await h.call("POST", `/api/v1/unit-registrations/${squat.body.id}/approve`, {
      token: w.agent.token,
      lang: "zh-CN",
    });
    expect(approve.status).toBe(422);
    expect(approve.body.error.code).toBe("registration.conflict");
    expect(approve.body.error.message).toContain("转移");
    expect((await h.call("GET", `/api/v1/units/${taken}`, { token: w.agent.token })).body.customerId).toBe(
      w.alice.id,
    );

    // A customer can no longer register a unit directly (the old way round the review).
    const direct = await h.call("POST", "/api/v1/units", {
      token: w.bobUser.token,
      body: { serial: `DIRECT-${tag}`, productSku: w.washer.sku, purchasedAt: "2026-01-10" },
    });
    expect(direct.status).toBe(403);
  });

  it("tells the customer why a claim was rejected, in the portal and as a notification", async () => {
    const r = await claim(w.bobUser.token, `REJ-${tag}`);
    const noReason = await h.call("POST", `/api/v1/unit-registrations/${r.body.id}/reject`, {
      token: w.agent.token,
      body: { reason: "  " },
    });
    expect(noReason.status).toBe(400);
    const rejected = await h.call("POST", `/api/v1/unit-registrations/${r.body.id}/reject`, {
      token: w.agent.token,
      body: { reason: "The invoice is unreadable" },
    });
    expect(rejected.status).toBe(200);
    const mine = await h.call("GET", "/api/v1/unit-registrations", { token: w.bobUser.token });
    expect(mine.body.items.find((i: { id: string }) => i.id === r.body.id)).toMatchObject({
      status: "rejected",
      rejectReason: "The invoice is unreadable",
    });
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.bobUser.token });
    expect(JSON.stringify(notes.body)).toContain("The invoice is unreadable");
    expect((await h.call("GET", `/api/v1/units/REJ-${tag}`, { token: w.agent.token })).status).toBe(404);
  });

  it("accepts only real photos or PDFs as invoices, translated", async () => {
    expect(
      (
        await claim(
          w.bobUser.token,
          `PDF-${tag}`,
          new File([PDF], "invoice.pdf", { type: "application/pdf" }),
        )
      ).status,
    ).toBe(201);
    const html = new File(["<html><script>alert(1)</script></html>"], "invoice.png", { type: "image/png" });
    const disguised = await claim(w.bobUser.token, `HTML-${tag}`, html);
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.code).toBe("registration.invoice_type");
    const text = await claim(
      w.bobUser.token,
      `TXT-${tag}`,
      new File(["my invoice"], "invoice.txt", { type: "text/plain" }),
    );
    expect(text.status).toBe(415);
    const none = await h.call("POST", "/api/v1/unit-registrations", {
      token: w.bobUser.token,
      lang: "zh-CN",
      raw: claimForm(`NONE-${tag}`, null),
    });
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body)).toContain("invoice");
    const future = await h.call("POST", "/api/v1/unit-registrations", {
      token: w.bobUser.token,
      raw: claimForm(`FUT-${tag}`, new File([PNG], "i.png", { type: "image/png" }), "2999-01-01"),
    });
    expect(future.body.error.code).toBe("unit.purchase_in_future");
    // Staff register units directly; the claim route is the customer's.
    expect((await claim(w.agent.token, `STAFF-${tag}`)).status).toBe(403);
  });
});

describe("ownership transfer", () => {
  it("lets the owner offer a unit to another customer by e-mail; once accepted the previous owner loses it", async () => {
    const serial = w.aliceOldUnit.serial;
    const notOwner = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.bobUser.token,
      body: { email: w.bob.email },
    });
    expect(notOwner.status).toBe(404);
    const unknown = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.aliceUser.token,
      body: { email: "nobody@example.com" },
    });
    // Same answer for an address that is no customer's: the owner learns nothing about it.
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ serial, transferred: false, pending: true });
    const r = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.aliceUser.token,
      body: { email: w.bob.email.toUpperCase() },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ serial, transferred: false, pending: true });
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.aliceUser.token })).status).toBe(200);
    const incoming = await h.call("GET", "/api/v1/unit-transfers", { token: w.bobUser.token });
    const offer = incoming.body.items.find((o: { serial: string }) => o.serial === serial);
    expect(offer).toMatchObject({ direction: "incoming", status: "pending" });
    const accepted = await h.call("POST", `/api/v1/unit-transfers/${offer.id}/accept`, {
      token: w.bobUser.token,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ serial, transferred: true });
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.aliceUser.token })).status).toBe(404);
    const newTicket = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Old washer", description: "Noise", type: "repair", unitSerial: serial },
    });
    expect(newTicket.status).toBeGreaterThanOrEqual(400);
    expect(newTicket.status).toBeLessThan(500);
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.bobUser.token })).body.customerId).toBe(
      w.bob.id,
    );
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    expect(JSON.stringify(audit.body)).toContain("unit.ownership_transferred");
  });

  it("lets staff move a unit only with a reason, and only to a customer of their tenant", async () => {
    const serial = w.bobUnit.serial;
    const noReason = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.agent.token,
      body: { customerId: w.alice.id },
    });
    expect(noReason.status).toBe(400);
    const foreign = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.agent.token,
      body: { customerId: other.alice.id, reason: "probe" },
    });
    expect(foreign.status).toBe(404);
    const r = await h.call("POST", `/api/v1/units/${serial}/transfer`, {
      token: w.agent.token,
      body: { customerId: w.alice.id, reason: "Alice showed the original invoice" },
    });
    expect(r.status).toBe(200);
    expect((await h.call("GET", `/api/v1/units/${serial}`, { token: w.agent.token })).body.customerId).toBe(
      w.alice.id,
    );
    const foreignUnit = await h.call("POST", `/api/v1/units/${other.aliceUnit.serial}/transfer`, {
      token: w.agent.token,
      body: { customerId: w.alice.id, reason: "probe" },
    });
    expect(foreignUnit.status).toBe(404);
  });
});
