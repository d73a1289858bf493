import { type Checkpoint, openCheckpoint } from "./audit-checkpoint.js";
import { fromHex, hashLeaf, sameHash, sha256, toHex, verifyConsistency, verifyInclusion } from "./merkle.js";

// What one audit entry contributes to the Merkle tree, and how anyone checks a receipt.
//
// A leaf commits to the entry's public outline in the clear (tenant, position, time, action,
// entity) and to its details — actor and data, which may be staff-only or personal — through a
// salted hash (`detail`). A customer's receipt can then show the outline and prove it is in the
// signed log without revealing staff-only details; the salt stops anyone guessing short details
// (a priority letter, a user id) from the hash; and details can later be pseudonymised without
// changing any leaf, as long as the commitment is kept.

// Key order must not matter: jsonb hands keys back in its own order.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type EntryDetails = { salt: string; actorId: string | null; data: Record<string, unknown> };

// Erasure replaces an entry's data by its commitment: `{"$erased": "<commitment>"}`. The leaf
// stays the same, so every checkpoint and proof stays valid, and the personal data is gone.
export const ERASED = "$erased";

export function erasedCommitment(data: Record<string, unknown>): string | null {
  const keys = Object.keys(data);
  const value = data[ERASED];
  return keys.length === 1 && typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? value : null;
}

export function detailCommitment(d: EntryDetails): string {
  return erasedCommitment(d.data) ?? toHex(sha256(Buffer.from(canonicalJson([d.salt, d.actorId, d.data]))));
}

export type EntryOutline = {
  tenantId: string;
  // 0-based position in the tree (the entry's seq − 1)
  index: number;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  detail: string;
};

const LEAF_FORMAT = "aftercare.audit.leaf/1";

// The canonical bytes of a leaf: a JSON array in fixed order, so no key-order ambiguity.
function leafBytes(e: EntryOutline): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      JSON.stringify([LEAF_FORMAT, e.tenantId, e.index, e.at, e.action, e.entityType, e.entityId, e.detail]),
    ),
  );
}

export const leafHashOf = (e: EntryOutline) => hashLeaf(leafBytes(e));

export type ReceiptEntry = Omit<EntryOutline, "tenantId"> & {
  leafHash: string;
  // RFC 6962 audit path from the leaf to the checkpoint's root, hex
  proof: string[];
  // Staff receipts only: opens `detail`.
  details?: EntryDetails;
};

export type AuditReceipt = {
  format: "aftercare.audit.receipt/1";
  ticketId: string;
  // signed note, see audit-checkpoint.ts
  checkpoint: string;
  // verifier key the note is signed with; compare it with one obtained independently
  publicKey: string;
  entries: ReceiptEntry[];
};

export type ReceiptVerdict = {
  ok: boolean;
  treeSize?: number;
  rootHash?: string;
  checkpointTime?: string;
  verifiedEntries: number;
  problems: string[];
};

// What is wrong with one entry of a receipt or proof under a checkpoint; null when it is included.
function entryProblem(e: ReceiptEntry, checkpoint: Checkpoint): string | null {
  try {
    if (e.details && detailCommitment(e.details) !== e.detail) return "details do not match their commitment";
    const leaf = leafHashOf({ ...e, tenantId: checkpoint.tenantId });
    if (!sameHash(leaf, fromHex(e.leafHash))) return "content does not match its leaf hash";
    if (!verifyInclusion(e.index, checkpoint.size, leaf, e.proof.map(fromHex), checkpoint.rootHash))
      return `not included in the signed tree of ${checkpoint.size} entries`;
    return null;
  } catch {
    return "malformed";
  }
}

// Checks a receipt against a public key the customer trusts (e.g. saved from an earlier visit or
// published by the service provider), without any access to our systems.
export function verifyReceipt(receipt: AuditReceipt, trustedPublicKey: string): ReceiptVerdict {
  const problems: string[] = [];
  const checkpoint = openCheckpoint(String(receipt?.checkpoint ?? ""), trustedPublicKey);
  if (!checkpoint)
    return { ok: false, verifiedEntries: 0, problems: ["checkpoint not signed by the trusted key"] };
  let verified = 0;
  const entries = Array.isArray(receipt.entries) ? receipt.entries : [];
  if (entries.length === 0) problems.push("receipt lists no entries");
  for (const e of entries) {
    const where = `entry ${e?.index}`;
    if (e?.entityId !== receipt.ticketId) {
      problems.push(`${where}: belongs to ${e?.entityType} ${e?.entityId}, not this ticket`);
      continue;
    }
    const problem = entryProblem(e, checkpoint);
    if (problem) problems.push(`${where}: ${problem}`);
    else verified++;
  }
  return {
    ok: problems.length === 0,
    treeSize: checkpoint.size,
    rootHash: toHex(checkpoint.rootHash),
    checkpointTime: checkpoint.time,
    verifiedEntries: verified,
    problems,
  };
}

// One entry of the log (any kind: a user, a customer, a setting) with its inclusion proof, as an
// auditor downloads it from /audit/entries/{id}/proof.
export type EntryProof = {
  format: "aftercare.audit.entry-proof/1";
  checkpoint: string;
  publicKey: string;
  entry: ReceiptEntry & { entityType: string };
};

export function verifyEntryProof(p: EntryProof, trustedPublicKey: string): { ok: boolean; problem?: string } {
  const checkpoint = openCheckpoint(String(p?.checkpoint ?? ""), trustedPublicKey);
  if (!checkpoint) return { ok: false, problem: "checkpoint not signed by the trusted key" };
  if (!p.entry) return { ok: false, problem: "malformed" };
  const problem = entryProblem(p.entry, checkpoint);
  return problem ? { ok: false, problem } : { ok: true };
}

export type ConsistencyProof = {
  // signed note of the newer tree
  checkpoint: string;
  fromSize: number;
  proof: string[];
};

// Whoever kept an older checkpoint (from a receipt, a witness copy) checks that the newer tree
// only appended to it: nothing they were shown has since been removed or changed.
export function verifyConsistencyWith(
  olderCheckpoint: string,
  newer: ConsistencyProof,
  trustedPublicKey: string,
): { ok: boolean; problem?: string } {
  const old = openCheckpoint(String(olderCheckpoint ?? ""), trustedPublicKey);
  const cur = openCheckpoint(String(newer?.checkpoint ?? ""), trustedPublicKey);
  if (!old || !cur) return { ok: false, problem: "checkpoint not signed by the trusted key" };
  if (old.tenantId !== cur.tenantId) return { ok: false, problem: "checkpoints of different logs" };
  if (newer.fromSize !== old.size) return { ok: false, problem: "proof is for another tree size" };
  try {
    const proof = (Array.isArray(newer.proof) ? newer.proof : []).map(fromHex);
    if (!verifyConsistency(old.size, cur.size, old.rootHash, cur.rootHash, proof))
      return { ok: false, problem: "the newer tree does not extend the older one" };
  } catch {
    return { ok: false, problem: "malformed proof" };
  }
  return { ok: true };
}
