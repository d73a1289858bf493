import { and, asc, count, eq, gt, isNull, min } from "drizzle-orm";
import type { AuditVerification } from "../../../shared/api/audit.js";
import { type Checkpoint, openCheckpoint } from "../../../shared/audit-checkpoint.js";
import { erasedCommitment } from "../../../shared/audit-receipt.js";
import { type Hash, toHex } from "../../../shared/merkle.js";
import { auditCheckpoints, auditHeads, auditLog } from "./audit.tables.js";
import { entryHash, entryLeaf, GENESIS_HASH } from "./audit-log.js";
import type { AuditDeps } from "./audit-sealer.js";
import { appendLeaves, frontierRoot } from "./merkle-tree.js";

// An entry may carry a time up to this much before a checkpoint that does not include it: its
// transaction started before that checkpoint was signed and committed after. Anything older was
// written into the past.
const BACKDATE_GRACE_MS = 5 * 60_000;
// Entries waiting longer than this mean the sealer is not sealing.
export const SEALER_STALL_MS = 60_000;

type AuditProblem = AuditVerification["problems"][number];

type Known = Checkpoint & { source: "database" | "published" };

// One problem per kind and source (the earliest), counting the rest: a rewrite early in a long log
// fails every later checkpoint, and an edited entry breaks every chain link after it.
function firstOfEachKind(problems: AuditProblem[]): AuditProblem[] {
  const byIndex = (a: AuditProblem, b: AuditProblem) =>
    (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER);
  const groups = new Map<string, AuditProblem[]>();
  for (const p of problems) {
    const key = `${p.kind}/${p.source ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()]
    .map((g) => {
      const [head, ...rest] = g.sort(byIndex) as [AuditProblem, ...AuditProblem[]];
      return rest.length === 0
        ? head
        : { ...head, detail: `${head.detail} (and ${rest.length} more like it)` };
    })
    .sort(byIndex);
}

// Recomputes the tenant's tree from its entries and holds it against every signed checkpoint,
// in the database and published outside it. Reads every sealed entry once, in seq order.
export async function verifyAuditLog(
  d: AuditDeps,
  tenantId: string,
  batch = 2000,
): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  const [head] = await d.db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  const [unsealed] = await d.db
    .select({ n: count(), oldest: min(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), isNull(auditLog.seq)));
  const pending = unsealed?.n ?? 0;
  const now = d.clock.now().getTime();
  const oldestPendingMs = unsealed?.oldest ? Math.max(0, now - new Date(unsealed.oldest).getTime()) : null;

  // 1. The entries: contiguous positions, each matching its own stored hashes.
  const leaves: Hash[] = [];
  const times: number[] = [];
  let prevHash = GENESIS_HASH;
  let broken = false;
  for (;;) {
    const rows = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, leaves.length)))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of rows) {
      const expected = leaves.length + 1;
      if (row.seq !== expected) {
        problems.push({
          kind: "missing",
          index: expected - 1,
          exact: true,
          source: "entries",
          detail: `entry ${expected} is missing`,
        });
        broken = true;
        break;
      }
      const leaf = entryLeaf(row, expected);
      // An erased entry's chain hash covered the data it no longer holds: its leaf is checked instead.
      const chainOk =
        row.prevHash === prevHash &&
        (erasedCommitment(row.data) !== null || entryHash({ ...row, seq: expected, prevHash }) === row.hash);
      if (!chainOk || (row.leafHash !== null && row.leafHash !== toHex(leaf))) {
        problems.push({
          kind: "altered",
          index: expected - 1,
          exact: true,
          source: "entries",
          detail: `entry ${expected} does not match its stored hash`,
        });
      }
      prevHash = row.hash ?? "";
      leaves.push(leaf);
      times.push(row.at.getTime());
    }
    if (broken || rows.length < batch) break;
  }
  const n = leaves.length;
  if (!broken && head && head.seq > n) {
    problems.push({
      kind: "truncated",
      index: n,
      exact: true,
      source: "entries",
      detail: `the head is at entry ${head.seq} but only ${n} entries exist`,
    });
  }

  // 2. Every checkpoint: ours in the database and every copy published outside it.
  const known: Known[] = [];
  const seen = new Set<string>();
  const take = (note: string, source: Known["source"]) => {
    if (seen.has(note)) return;
    seen.add(note);
    const c = openCheckpoint(note, d.signer.verifierKey);
    if (!c || c.tenantId !== tenantId) {
      problems.push({
        kind: "forged_checkpoint",
        source,
        detail: "a checkpoint is not signed by this server's audit key",
      });
    } else known.push({ ...c, source });
  };
  const stored = await d.db
    .select({ note: auditCheckpoints.note })
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.tenantId, tenantId))
    .orderBy(asc(auditCheckpoints.treeSize));
  for (const { note } of stored) take(note, "database");
  const published = await d.publisher.read(tenantId);
  // Leaf hashes as first published: they name the exact entry a rewrite changed. (A later copy
  // that disagrees was published over an already rewritten tree; the checkpoints report it.)
  const publishedLeaves: (string | undefined)[] = [];
  for (const p of published) {
    take(p.note, "published");
    p.leaves.forEach((h, i) => {
      publishedLeaves[p.from + i] ??= h;
    });
  }

  // 3. Recompute the root at every checkpoint's size in one pass over the leaves.
  known.sort((a, b) => a.size - b.size);
  let frontier: Hash[] = [];
  let size = 0;
  let goodUpTo = 0;
  let newestTime = Number.NEGATIVE_INFINITY;
  let next = 0;
  // The first leaf that differs from its published hash, found once (not once per checkpoint).
  let firstDiff: number | undefined;
  const firstChanged = (upTo: number) => {
    if (firstDiff === undefined) {
      firstDiff = -1;
      for (let i = 0; i < Math.min(publishedLeaves.length, n); i++) {
        const p = publishedLeaves[i];
        if (p !== undefined && p !== toHex(leaves[i] as Hash)) {
          firstDiff = i;
          break;
        }
      }
    }
    return firstDiff >= 0 && firstDiff < upTo ? firstDiff : -1;
  };
  const checkUpTo = (limit: number) => {
    while (next < known.length && (known[next] as Known).size <= limit) {
      const c = known[next] as Known;
      next++;
      if (toHex(frontierRoot(frontier)) === toHex(c.rootHash)) {
        goodUpTo = Math.max(goodUpTo, c.size);
      } else {
        const exactAt = firstChanged(c.size);
        problems.push({
          kind: "rewritten",
          index: exactAt >= 0 ? exactAt : goodUpTo,
          exact: exactAt >= 0,
          source: c.source,
          detail: `the first ${c.size} entries no longer have the root signed at ${c.time}`,
        });
      }
      newestTime = Math.max(newestTime, Date.parse(c.time));
    }
  };
  let backdated = false;
  checkUpTo(0);
  for (let i = 0; i < n; i++) {
    // Leaf i was appended after every checkpoint of size ≤ i was signed.
    if (!backdated && (times[i] as number) < newestTime - BACKDATE_GRACE_MS) {
      backdated = true;
      problems.push({
        kind: "backdated",
        index: i,
        exact: true,
        source: "entries",
        detail: `entry ${i + 1} claims a time before a checkpoint that does not include it`,
      });
    }
    const r = appendLeaves(frontier, size, [leaves[i] as Hash]);
    frontier = r.frontier;
    size = r.size;
    checkUpTo(size);
  }
  const largest = known.at(-1);
  for (; next < known.length; next++) {
    const c = known[next] as Known;
    problems.push({
      kind: "truncated",
      index: n,
      exact: true,
      source: c.source,
      detail: `a checkpoint signed at ${c.time} covers ${c.size} entries; ${n} are left`,
    });
  }
  if (!broken && n > (largest?.size ?? 0)) {
    const from = largest?.size ?? 0;
    problems.push({
      kind: "unsigned",
      index: from,
      exact: true,
      source: "entries",
      detail: `entries ${from + 1}..${n} are covered by no signed checkpoint`,
    });
  }
  if (oldestPendingMs !== null && oldestPendingMs > SEALER_STALL_MS) {
    problems.push({
      kind: "sealer_stalled",
      detail: `${pending} entries have waited ${Math.round(oldestPendingMs / 1000)} s for the sealer`,
    });
  }

  const reported = firstOfEachKind(problems);
  const first = reported[0];
  const newestDb = known.filter((k) => k.source === "database").at(-1);
  return {
    ok: reported.length === 0,
    entries: n,
    pending,
    oldestPendingSeconds: oldestPendingMs === null ? null : Math.round(oldestPendingMs / 1000),
    sealerError: head?.sealerError
      ? { reason: head.sealerError, at: (head.sealerErrorAt ?? new Date(0)).toISOString() }
      : null,
    rootHash: toHex(frontierRoot(frontier)),
    checkpoint: newestDb ? { treeSize: newestDb.size, time: newestDb.time } : null,
    publishedCheckpoints: published.length,
    problems,
    ...(first
      ? { reason: first.kind, ...(first.index !== undefined ? { firstBrokenAt: first.index + 1 } : {}) }
      : {}),
  };
}
