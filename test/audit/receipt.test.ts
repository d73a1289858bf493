import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatVerifierKey } from "../../src/shared/audit-checkpoint.js";
import { type AuditReceipt, verifyReceipt } from "../../src/shared/audit-receipt.js";

// What a customer does with a receipt they downloaded: no database, no server, no network — just
// the receipt, src/shared/audit-receipt.ts and the public key they obtained independently.
// (The fixture is a real receipt for a ticket created, started and resolved on a test server.)
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/customer-receipt.json", import.meta.url), "utf8"),
) as {
  publicKey: string;
  receipt: AuditReceipt;
};
const receipt = () => JSON.parse(JSON.stringify(fixture.receipt)) as AuditReceipt;
const key = fixture.publicKey;

describe("verifying a customer's audit receipt offline", () => {
  it("accepts the receipt as issued", () => {
    const v = verifyReceipt(receipt(), key);
    expect(v).toMatchObject({ ok: true, verifiedEntries: 3, problems: [], treeSize: 17 });
    expect(receipt().entries.map((e) => e.action)).toEqual([
      "ticket.created",
      "ticket.start",
      "ticket.resolve",
    ]);
  });

  it("rejects a changed entry: action, time or commitment", () => {
    for (const change of [
      (e: AuditReceipt["entries"][number]) => Object.assign(e, { action: "ticket.reopen" }),
      (e: AuditReceipt["entries"][number]) => Object.assign(e, { at: "2026-01-01T00:00:00.000Z" }),
      (e: AuditReceipt["entries"][number]) => Object.assign(e, { detail: "0".repeat(64) }),
    ]) {
      const r = receipt();
      change(r.entries[2] as AuditReceipt["entries"][number]);
      const v = verifyReceipt(r, key);
      expect(v.ok).toBe(false);
      expect(v.problems).toEqual(["entry 16: content does not match its leaf hash"]);
    }
  });

  it("rejects a changed entry whose leaf hash was recomputed to match", async () => {
    const { leafHashOf } = await import("../../src/shared/audit-receipt.js");
    const { toHex } = await import("../../src/shared/merkle.js");
    const r = receipt();
    const e = r.entries[2] as AuditReceipt["entries"][number];
    e.action = "ticket.reopen";
    e.leafHash = toHex(leafHashOf({ ...e, tenantId: r.checkpoint.split("\n")[0]?.split("/")[1] ?? "" }));
    expect(verifyReceipt(r, key).problems).toEqual([
      "entry 16: not included in the signed tree of 17 entries",
    ]);
  });

  it("rejects the wrong key, a re-signed or edited checkpoint, and an entry dropped from the proof", () => {
    // same name, another Ed25519 public key
    const otherKey = formatVerifierKey("aftercare-audit", new Uint8Array(32).fill(7));
    expect(verifyReceipt(receipt(), otherKey).ok).toBe(false);
    expect(verifyReceipt(receipt(), key.replace(/\+[0-9a-f]{8}\+/, "+0badf00d+")).ok).toBe(false);
    const edited = receipt();
    edited.checkpoint = edited.checkpoint.replace("\n17\n", "\n18\n");
    expect(verifyReceipt(edited, key)).toMatchObject({
      ok: false,
      problems: ["checkpoint not signed by the trusted key"],
    });
    const short = receipt();
    (short.entries[0] as { proof: string[] }).proof.pop();
    expect(verifyReceipt(short, key).ok).toBe(false);
  });

  it("rejects garbage without throwing", () => {
    expect(verifyReceipt({} as AuditReceipt, key).ok).toBe(false);
    const r = receipt();
    (r.entries[0] as { proof: unknown }).proof = ["zz"];
    expect(verifyReceipt(r, key)).toMatchObject({ ok: false, problems: ["entry 14: malformed"] });
  });
});
