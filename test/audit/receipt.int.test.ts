import { generateKeyPairSync } from "node:crypto";
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eraseAuditData } from "../../src/server/platform/audit/audit-log.js";
import { createAuditSigner } from "../../src/server/platform/audit/audit-signer.js";
import { type AuditReceipt, verifyConsistencyWith, verifyReceipt } from "../../src/shared/audit-receipt.js";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";
import { seal, verify } from "./audit-helpers.js";

let h: Harness;
let w: World;
let other: World;
let ticketId: string;
let publicKey: string;

const receiptOf = (ref: string, token: string) =>
  h.call<AuditReceipt>("GET", `/api/v1/tickets/${ref}/audit-receipt`, { token });

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "r");
  other = await buildWorld(h, "ro");
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.aliceUser.token,
    body: { subject: "Drum squeaks", description: "since Monday", type: "repair" },
  });
  ticketId = t.body.id;
  await h.call("POST", `/api/v1/tickets/${ticketId}/transitions`, {
    token: w.agent.token,
    body: { action: "start" },
  });
  await seal(h);
  publicKey = (await h.call("GET", "/api/v1/audit/public-key")).body.verifierKey;
});
afterAll(async () => h?.close());

describe("audit receipts", () => {
  it("serves the public key to anyone, from a key file only the server can read", async () => {
    const r = await h.call("GET", "/api/v1/audit/public-key");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: "aftercare-audit", algorithm: "Ed25519" });
    expect(r.body.verifierKey).toMatch(/^aftercare-audit\+[0-9a-f]{8}\+/);
    expect(statSync(h.services.config.auditKeyFile).mode & 0o777).toBe(0o600);
  });

  it("gives the customer a receipt they can verify alone, without staff-only details", async () => {
    const r = await receiptOf(ticketId, w.aliceUser.token);
    expect(r.status).toBe(200);
    expect(r.body.entries.map((e) => e.action)).toEqual(["ticket.created", "ticket.start"]);
    expect(r.body.entries.every((e) => e.details === undefined)).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(w.agent.id);
    // the customer's check needs nothing but the receipt and a key obtained independently
    const verdict = verifyReceipt(JSON.parse(JSON.stringify(r.body)), publicKey);
    expect(verdict).toMatchObject({ ok: true, verifiedEntries: 2, problems: [] });
  });

  it("opens the details for staff, and they verify too", async () => {
    const r = await receiptOf(ticketId, w.agent.token);
    expect(r.status).toBe(200);
    expect(r.body.entries[1]?.details?.actorId).toBe(w.agent.id);
    expect(verifyReceipt(r.body, publicKey).ok).toBe(true);
  });

  it("refuses other customers and other tenants as it refuses the ticket itself", async () => {
    expect((await receiptOf(ticketId, w.bobUser.token)).status).toBe(404);
    expect((await receiptOf(ticketId, other.admin.token)).status).toBe(404);
    expect((await receiptOf(ticketId, "")).status).toBe(401);
  });

  it("answers a translated 409 while the ticket's entries wait for the sealer", async () => {
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Fresh", description: "d", type: "repair" },
    });
    const r = await h.call("GET", `/api/v1/tickets/${t.body.id}/audit-receipt`, {
      token: w.aliceUser.token,
      lang: "zh-CN",
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe("audit.receipt_not_ready");
    expect(r.body.error.message).toContain("审计");
    await seal(h);
    expect((await receiptOf(t.body.id, w.aliceUser.token)).status).toBe(200);
  });

  it("stays valid as the log grows, and fails when anything in it is changed", async () => {
    const r = (await receiptOf(ticketId, w.aliceUser.token)).body;
    const copy = () => JSON.parse(JSON.stringify(r)) as AuditReceipt;

    const changed = copy();
    (changed.entries[1] as { action: string }).action = "ticket.resolve";
    expect(verifyReceipt(changed, publicKey)).toMatchObject({ ok: false, verifiedEntries: 1 });

    const otherKey = createAuditSigner(generateKeyPairSync("ed25519").privateKey).verifierKey;
    expect(verifyReceipt(r, otherKey).ok).toBe(false);

    // a proof from another (later) tree does not lead to this checkpoint's root
    await w.post("/api/v1/customers", { name: "Grows the tree", kind: "person" });
    await seal(h);
    const later = (await receiptOf(ticketId, w.aliceUser.token)).body;
    expect(verifyReceipt(later, publicKey).ok).toBe(true);
    const mixed = copy();
    mixed.entries = mixed.entries.map((e, i) => ({ ...e, proof: later.entries[i]?.proof ?? [] }));
    expect(verifyReceipt(mixed, publicKey).ok).toBe(false);

    const moved = copy();
    (moved.entries[0] as { index: number }).index += 1;
    expect(verifyReceipt(moved, publicKey).ok).toBe(false);

    const otherTicket = copy();
    otherTicket.ticketId = "tkt_other";
    expect(verifyReceipt(otherTicket, publicKey).ok).toBe(false);
  });

  it("proves to the holder of an old receipt that the log only grew since", async () => {
    const old = (await receiptOf(ticketId, w.aliceUser.token)).body;
    const oldSize = Number(old.checkpoint.split("\n")[1]);
    await w.post("/api/v1/customers", { name: "Later entry", kind: "person" });
    await seal(h);
    const r = await h.call("GET", `/api/v1/audit/consistency?from=${oldSize}`, { token: w.aliceUser.token });
    expect(r.status).toBe(200);
    expect(Number(r.body.checkpoint.split("\n")[1])).toBeGreaterThan(oldSize);
    expect(verifyConsistencyWith(old.checkpoint, r.body, publicKey)).toEqual({ ok: true });
    const bent = { ...r.body, proof: [...r.body.proof].reverse() };
    expect(verifyConsistencyWith(old.checkpoint, bent, publicKey).ok).toBe(false);
    const otherTenant = await h.call("GET", "/api/v1/audit/consistency?from=1", { token: other.admin.token });
    expect(otherTenant.status).toBe(200);
    expect(verifyConsistencyWith(old.checkpoint, otherTenant.body, publicKey).ok).toBe(false);

    const beyond = await h.call("GET", "/api/v1/audit/consistency?from=999999", {
      token: w.aliceUser.token,
      lang: "en",
    });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error).toMatchObject({ code: "audit.size_beyond_tree" });
    expect(
      (await h.call("GET", "/api/v1/audit/consistency?from=x", { token: w.aliceUser.token })).status,
    ).toBe(400);
  });

  it("keeps every proof valid when an entry's personal data is erased", async () => {
    const before = (await receiptOf(ticketId, w.aliceUser.token)).body;
    const [row] = await h.database.query<{ id: string }>(
      "select id from audit_log where tenant_id = $1 and entity_id = $2 and action = 'ticket.created'",
      [w.tenantId, ticketId],
    );
    expect(await h.services.db.transaction((tx) => eraseAuditData(tx, w.tenantId, row?.id ?? ""))).toBe(true);
    const [erased] = await h.database.query<{ data: Record<string, unknown> }>(
      "select data from audit_log where tenant_id = $1 and id = $2",
      [w.tenantId, row?.id],
    );
    expect(erased?.data).toEqual({ $erased: before.entries[0]?.detail });
    expect(await verify(h, w.tenantId)).toMatchObject({ ok: true, problems: [] });
    expect(verifyReceipt(before, publicKey).ok).toBe(true);
    const staff = (await receiptOf(ticketId, w.agent.token)).body;
    expect(staff.entries[0]?.details?.data).toEqual({ $erased: before.entries[0]?.detail });
    expect(verifyReceipt(staff, publicKey)).toMatchObject({
      ok: true,
      verifiedEntries: before.entries.length,
    });
  });
});
