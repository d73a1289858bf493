import { describe, expect, it } from "vitest";
import { type CheckpointBundle, verifyCheckpointBundle } from "../../src/shared/audit-bundle.js";
import { type EntryProof, verifyEntryProof } from "../../src/shared/audit-receipt.js";
import { worldPerFile } from "../fixtures.js";
import { activity, seal } from "./audit-helpers.js";

// The auditor reads the audit log and takes its signed checkpoints away; nothing else.
const { h, worlds } = worldPerFile("au");
const [w] = worlds;

const asAuditor = (method: string, url: string, body?: unknown) =>
  h.call(method, url, { token: w.auditor.token, ...(body === undefined ? {} : { body }) });

async function publicKey(): Promise<string> {
  return (await h.call("GET", "/api/v1/audit/public-key")).body.verifierKey;
}

async function bundle(): Promise<CheckpointBundle> {
  await activity(h, w, 4, "audited");
  const r = await asAuditor("GET", "/api/v1/audit/checkpoints/bundle");
  expect(r.status).toBe(200);
  expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-checkpoints-/);
  return r.body;
}

describe("auditor role", () => {
  it("reads the log, verifies it, lists checkpoints and opens an entry's proof", async () => {
    await seal(h);
    const verify = await asAuditor("GET", "/api/v1/audit/verify");
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(true);
    const entries = await asAuditor("GET", "/api/v1/audit?limit=5");
    expect(entries.status).toBe(200);
    expect(entries.body.items.length).toBeGreaterThan(0);
    const checkpoints = await asAuditor("GET", "/api/v1/audit/checkpoints?limit=2");
    expect(checkpoints.status).toBe(200);
    expect(checkpoints.body.items[0].note).toContain(`aftercare.audit/${w.tenantId}`);
    const staff = await asAuditor("GET", "/api/v1/users?limit=200");
    expect(staff.status).toBe(200);
  });

  it("is refused every write and every ticket, customer and product read", async () => {
    const doc = (await h.call("GET", "/api/openapi.json")).body;
    const wrong: string[] = [];
    let writes = 0;
    for (const [path, ops] of Object.entries<Record<string, { "x-access": unknown }>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const access = op["x-access"];
        // Public routes and the own-account ones (sign out, own profile) are everyone's.
        if (access === "public" || access === "account") continue;
        const isWrite = method !== "get";
        const readsService = access === "signed_in";
        if (!isWrite && !readsService) continue;
        if (isWrite) writes++;
        const url = path.replace(/\{[^}]+\}/g, "x");
        const r = await asAuditor(method.toUpperCase(), url, isWrite ? {} : undefined);
        if (r.status !== 403) wrong.push(`${method.toUpperCase()} ${path} → ${r.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(writes).toBeGreaterThan(40);
    // A sample by name, so a change to the guard cannot silently empty the loop above.
    for (const [method, url] of [
      ["POST", "/api/v1/tickets"],
      ["POST", "/api/v1/customers"],
      ["PATCH", `/api/v1/customers/${w.alice.id}`],
      ["POST", "/api/v1/users"],
      ["PATCH", "/api/v1/tenant"],
      ["GET", "/api/v1/tickets"],
      ["GET", `/api/v1/customers/${w.alice.id}`],
    ] as const) {
      expect((await asAuditor(method, url, method === "GET" ? undefined : {})).status, url).toBe(403);
    }
  });

  it("keeps their own account: profile, sign-out", async () => {
    expect((await asAuditor("GET", "/api/v1/me")).body.role).toBe("auditor");
    expect((await asAuditor("GET", "/api/v1/tenant")).status).toBe(200);
  });

  it("downloads checkpoints that verify offline with the shared verifier, and a tampered file does not", async () => {
    const b = await bundle();
    const key = await publicKey();
    expect(b.publicKey).toBe(key);
    expect(b.checkpoints.length).toBeGreaterThanOrEqual(4);
    const good = verifyCheckpointBundle(JSON.parse(JSON.stringify(b)), key);
    expect(good).toMatchObject({ ok: true, problems: [] });
    expect(good.checkpoints).toBe(b.checkpoints.length);

    // A rewritten tree: the third checkpoint's root changed (its signature no longer holds).
    const rewritten = structuredClone(b);
    const third = rewritten.checkpoints[2] as { note: string };
    const lines = third.note.split("\n");
    lines[2] = Buffer.alloc(32, 7).toString("base64");
    third.note = lines.join("\n");
    // (the next one's proof, made from the real third tree, then has nothing to join either)
    expect(verifyCheckpointBundle(rewritten, key).problems[0]).toBe(
      "checkpoint 3: not signed by the trusted key",
    );

    // A checkpoint dropped from the middle: the proof kept does not join its neighbours.
    const gap = structuredClone(b);
    gap.checkpoints.splice(1, 1);
    expect(verifyCheckpointBundle(gap, key).problems).toEqual(["checkpoint 2: does not extend checkpoint 1"]);

    // Order swapped: the tree would shrink.
    const swapped = structuredClone(b);
    swapped.checkpoints.reverse();
    expect(verifyCheckpointBundle(swapped, key).ok).toBe(false);

    // Another key.
    const { generateKeyPairSync } = await import("node:crypto");
    const { createAuditSigner } = await import("../../src/server/platform/audit/audit-signer.js");
    const stranger = createAuditSigner(generateKeyPairSync("ed25519").privateKey).verifierKey;
    expect(verifyCheckpointBundle(b, stranger).ok).toBe(false);
  });

  it("downloads one entry's inclusion proof that verifies, and not once its data is changed", async () => {
    await seal(h);
    const entries = (await asAuditor("GET", "/api/v1/audit?limit=3")).body.items;
    const sealed = entries.find((e: { seq: number | null }) => e.seq !== null);
    const r = await asAuditor("GET", `/api/v1/audit/entries/${sealed.id}/proof`);
    expect(r.status).toBe(200);
    const proof = r.body as EntryProof;
    const key = await publicKey();
    expect(verifyEntryProof(proof, key)).toEqual({ ok: true });
    const forged = structuredClone(proof);
    forged.entry.details = { ...(forged.entry.details as NonNullable<typeof forged.entry.details>) };
    forged.entry.details.data = { ...forged.entry.details.data, name: "someone else" };
    expect(verifyEntryProof(forged, key)).toEqual({
      ok: false,
      problem: "details do not match their commitment",
    });
    expect((await asAuditor("GET", "/api/v1/audit/entries/aud_missing/proof")).status).toBe(404);
  });
});
