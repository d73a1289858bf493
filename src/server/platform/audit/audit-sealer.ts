import path from "node:path";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { fromHex, type Hash, toHex } from "../../../shared/merkle.js";
import type { Clock } from "../clock.js";
import type { Services } from "../context.js";
import type { Db } from "../db/client.js";
import type { DomainEvents } from "../events.js";
import { newId } from "../ids.js";
import type { Logger } from "../logger.js";
import { auditCheckpoints, auditHeads, auditLog, auditTreeNodes } from "./audit.tables.js";
import { ensureAuditChain, entryHash, entryLeaf } from "./audit-log.js";
import { type AuditSigner, auditSigner } from "./audit-signer.js";
import { AUDIT_CHECKPOINT_SIGNED } from "./checkpoint-events.js";
import {
  type CheckpointPublisher,
  fileCheckpointPublisher,
  type PublishedCheckpoint,
} from "./checkpoint-publisher.js";
import { appendLeaves, frontierRoot, type TreeNode } from "./merkle-tree.js";

// Everything sealing and verification need besides the database.
export type AuditDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  signer: AuditSigner;
  publisher: CheckpointPublisher;
  // Hears AUDIT_CHECKPOINT_SIGNED in the seal's transaction (modules subscribe through it).
  events?: DomainEvents;
};

export function auditDeps(s: Services): AuditDeps {
  return {
    db: s.db,
    clock: s.clock,
    logger: s.logger,
    signer: auditSigner(s.config.auditKeyFile),
    publisher: fileCheckpointPublisher(path.join(s.config.dataDir, "audit-checkpoints")),
    events: s.events,
  };
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function setLeafHashes(tx: Tx, tenantId: string, leaves: { id: string; hash: string }[]) {
  if (leaves.length === 0) return;
  const values = leaves.map((l) => sql`(${l.id}, ${l.hash})`);
  await tx.execute(sql`
    update audit_log a set leaf_hash = v.leaf_hash
    from (values ${sql.join(values, sql`, `)}) as v(id, leaf_hash)
    where a.tenant_id = ${tenantId} and a.id = v.id`);
}

// Entries sealed before the Merkle tree existed become its first leaves, in seq order, the first
// time the sealer meets their tenant (no migration has to compute hashes in SQL).
async function buildTreeFromSealed(tx: Tx, tenantId: string, headSeq: number) {
  let frontier: Hash[] = [];
  let size = 0;
  const nodes: TreeNode[] = [];
  const leaves: string[] = [];
  for (;;) {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, size)))
      .orderBy(asc(auditLog.seq))
      .limit(2000);
    const fill: { id: string; hash: string }[] = [];
    const batch: Hash[] = [];
    for (const row of rows) {
      if (row.seq !== size + batch.length + 1)
        throw new Error(`audit entry ${size + batch.length + 1} is missing: cannot build the tree`);
      const leaf = entryLeaf(row, row.seq);
      batch.push(leaf);
      leaves.push(toHex(leaf));
      if (!row.leafHash) fill.push({ id: row.id, hash: toHex(leaf) });
    }
    await setLeafHashes(tx, tenantId, fill);
    const r = appendLeaves(frontier, size, batch);
    frontier = r.frontier;
    size = r.size;
    for (const node of r.nodes) nodes.push(node);
    if (rows.length < 2000) break;
  }
  if (size !== headSeq) throw new Error(`audit head is at ${headSeq} but ${size} entries are sealed`);
  return { frontier, nodes, leaves };
}

type Sealed = { sealed: number; checkpoint: PublishedCheckpoint };

// Places a tenant's unsealed entries in its tree, oldest id first, and signs a checkpoint over the
// new tree. One sealer per tenant at a time (the head row is locked; a second instance skips it),
// so the tree never forks. An entry whose transaction commits after a batch was read is simply
// sealed by the next batch: the tree's order is the order of sealing, which seq records.
async function sealTenant(d: AuditDeps, tenantId: string, batch = 1000): Promise<Sealed | null> {
  const result = await d.db.transaction(async (tx) => {
    await ensureAuditChain(tx, tenantId);
    const [head] = await tx
      .select()
      .from(auditHeads)
      .where(eq(auditHeads.tenantId, tenantId))
      .for("update", { skipLocked: true });
    if (!head) return null;
    let frontier: Hash[] = (head.frontier ?? []).map(fromHex);
    let nodes: TreeNode[] = [];
    let published: string[] = [];
    let from = head.seq;
    // Rebuilt when the tree is missing, or when an instance of the previous version (rolling
    // upgrade) sealed entries without leaves behind it: its tip then has no leaf hash.
    const [tip] =
      head.seq > 0 && head.frontier !== null
        ? await tx
            .select({ leafHash: auditLog.leafHash })
            .from(auditLog)
            .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.seq, head.seq)))
        : [];
    const rebuild = head.seq > 0 && (head.frontier === null || (tip !== undefined && tip.leafHash === null));
    if (rebuild) {
      const built = await buildTreeFromSealed(tx, tenantId, head.seq);
      // (no push(...spread): a million leaves would overflow the call stack)
      frontier = built.frontier;
      nodes = built.nodes;
      published = built.leaves;
      from = 0;
    }
    const pending = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), isNull(auditLog.seq)))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (pending.length === 0 && !rebuild) return null;
    let { seq, hash: prevHash } = head;
    const leaves: Hash[] = [];
    const sealed = pending.map((entry) => {
      seq += 1;
      const hash = entryHash({ ...entry, seq, prevHash });
      const leaf = entryLeaf(entry, seq);
      leaves.push(leaf);
      published.push(toHex(leaf));
      const row = sql`(${entry.id}, ${seq}::bigint, ${prevHash}, ${hash}, ${toHex(leaf)})`;
      prevHash = hash;
      return row;
    });
    if (sealed.length > 0) {
      await tx.execute(sql`
        update audit_log a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash, leaf_hash = v.leaf_hash
        from (values ${sql.join(sealed, sql`, `)}) as v(id, seq, prev_hash, hash, leaf_hash)
        where a.tenant_id = ${tenantId} and a.id = v.id`);
    }
    const appended = appendLeaves(frontier, head.seq, leaves);
    nodes = nodes.concat(appended.nodes);
    for (let i = 0; i < nodes.length; i += 1000) {
      const chunk = nodes
        .slice(i, i + 1000)
        .map((n) => ({ tenantId, level: n.level, idx: n.idx, hash: toHex(n.hash) }));
      await tx.insert(auditTreeNodes).values(chunk).onConflictDoNothing();
    }
    const root = frontierRoot(appended.frontier);
    const signedAt = d.clock.now();
    const note = d.signer.signCheckpoint({
      tenantId,
      size: seq,
      rootHash: root,
      time: signedAt.toISOString(),
    });
    await tx
      .insert(auditCheckpoints)
      .values({ tenantId, id: newId("ckp"), treeSize: seq, rootHash: toHex(root), signedAt, note });
    await d.events?.emit(tx, AUDIT_CHECKPOINT_SIGNED, { tenantId, treeSize: seq, note });
    await tx
      .update(auditHeads)
      .set({
        seq,
        hash: prevHash,
        frontier: appended.frontier.map(toHex),
        sealerError: null,
        sealerErrorAt: null,
      })
      .where(eq(auditHeads.tenantId, tenantId));
    return { sealed: pending.length, checkpoint: { note, from, leaves: published } };
  });
  // Published only once committed: an outside copy never holds a checkpoint the database lost.
  if (result) await d.publisher.publish(tenantId, result.checkpoint);
  return result;
}

// A sealer that cannot seal says so every time, at error level and where verification reads it,
// instead of letting entries wait unsigned.
async function recordSealerError(d: AuditDeps, tenantId: string, err: unknown): Promise<void> {
  // The driver's own message, not the failed statement with its parameters (personal data).
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const reason = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: string } | null)?.code;
  d.logger.error({ tenantId, reason, code }, "audit sealer cannot seal this tenant's entries");
  try {
    await ensureAuditChain(d.db, tenantId);
    await d.db
      .update(auditHeads)
      .set({ sealerError: reason.slice(0, 500), sealerErrorAt: d.clock.now() })
      .where(eq(auditHeads.tenantId, tenantId));
  } catch (recordErr) {
    d.logger.error({ tenantId, reason: String(recordErr) }, "audit sealer cannot record its error");
  }
}

// Seals every tenant's pending entries; returns how many were sealed. Run by every job runner on
// each tick, so entries are in the tree within about a poll interval of their commit.
export async function sealAuditLog(d: AuditDeps, batch = 1000): Promise<number> {
  const { rows } = (await d.db.execute(sql`
    select distinct tenant_id from audit_log where seq is null
    union select tenant_id from audit_heads where frontier is null and seq > 0`)) as unknown as {
    rows: { tenant_id: string }[];
  };
  let sealed = 0;
  for (const { tenant_id: tenantId } of rows) {
    try {
      for (let n = batch; n === batch; ) {
        n = (await sealTenant(d, tenantId, batch))?.sealed ?? 0;
        sealed += n;
      }
    } catch (err) {
      await recordSealerError(d, tenantId, err);
    }
  }
  return sealed;
}
