import { type Checkpoint, openCheckpoint } from "./audit-checkpoint.js";
import { fromHex, toHex, verifyConsistency } from "./merkle.js";

// A download of a tenant's signed checkpoints, oldest first, each with the RFC 6962 consistency
// proof from the one before it. Whoever keeps this file can later show that the log only grew:
// every checkpoint is signed by the key they trust, and each tree contains the previous one. A
// newer download (or a receipt's checkpoint) is checked against the last one kept with
// `verifyConsistencyWith` from audit-receipt.ts and the API's /audit/consistency.
export const BUNDLE_FORMAT = "aftercare.audit.checkpoints/1";

export type CheckpointBundle = {
  format: typeof BUNDLE_FORMAT;
  // verifier key the notes are signed with; compare it with one obtained independently
  publicKey: string;
  checkpoints: { note: string; proofFromPrevious: string[] }[];
};

export type BundleVerdict = {
  ok: boolean;
  checkpoints: number;
  treeSize?: number;
  rootHash?: string;
  problems: string[];
};

// Checks a bundle with no access to our systems: signatures with the trusted key, one log, and
// that each checkpoint's tree extends the previous one. Problems name the checkpoint (1-based).
export function verifyCheckpointBundle(bundle: CheckpointBundle, trustedPublicKey: string): BundleVerdict {
  const problems: string[] = [];
  const list = Array.isArray(bundle?.checkpoints) ? bundle.checkpoints : [];
  if (bundle?.format !== BUNDLE_FORMAT) problems.push(`not a checkpoint bundle (${BUNDLE_FORMAT})`);
  if (list.length === 0) problems.push("bundle holds no checkpoints");
  let previous: Checkpoint | null = null;
  list.forEach((item, i) => {
    const where = `checkpoint ${i + 1}`;
    const cp = openCheckpoint(String(item?.note ?? ""), trustedPublicKey);
    if (!cp) {
      problems.push(`${where}: not signed by the trusted key`);
      return;
    }
    if (previous) {
      if (cp.tenantId !== previous.tenantId) problems.push(`${where}: belongs to another log`);
      else if (cp.size < previous.size) problems.push(`${where}: the tree shrank`);
      else {
        let ok = false;
        try {
          const proof = (Array.isArray(item.proofFromPrevious) ? item.proofFromPrevious : []).map(fromHex);
          ok = verifyConsistency(previous.size, cp.size, previous.rootHash, cp.rootHash, proof);
        } catch {
          ok = false;
        }
        if (!ok) problems.push(`${where}: does not extend checkpoint ${i}`);
      }
    }
    previous = cp;
  });
  const last = previous as Checkpoint | null;
  return {
    ok: problems.length === 0,
    checkpoints: list.length,
    ...(last ? { treeSize: last.size, rootHash: toHex(last.rootHash) } : {}),
    problems,
  };
}
