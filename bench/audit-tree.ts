import { newestCheckpoint, storedTree } from "../src/server/platform/audit/audit-receipts.js";
import { auditDeps, sealAuditLog } from "../src/server/platform/audit/audit-sealer.js";
import { verifyAuditLog } from "../src/server/platform/audit/audit-verify.js";
import { inclusionProof } from "../src/server/platform/audit/merkle-tree.js";
import { openCheckpoint } from "../src/shared/audit-checkpoint.js";
import { fromHex, verifyInclusion } from "../src/shared/merkle.js";
import { benchServices, fmt, percentile } from "./lib.js";

// `npx tsx bench/audit-tree.ts` (BENCH_AUDIT_ENTRIES, default 100,000; DATABASE_URL for
// PostgreSQL): a tenant whose entries were sealed by the previous version gets its Merkle tree on
// the first seal; then proof reads, one more seal and a full verification are timed.
// The synthetic entries carry no legacy chain hashes, so verification reports them "altered":
// only its time matters here.
async function main() {
  const n = Number(process.env.BENCH_AUDIT_ENTRIES ?? 100_000);
  const { services: s, database } = await benchServices();
  const d = auditDeps(s);
  const tenant = `ten_bench_audit_${Date.now()}`;
  let t0 = Date.now();
  await database.query(
    `insert into audit_log (tenant_id, id, seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
     select $1, 'aud_' || lpad(i::text, 26, '0'), i, now() - interval '1 day' + i * interval '1 ms', 'usr_x',
            'ticket.start', 'ticket', 'tkt_' || (i / 5), jsonb_build_object('n', i), 'x', 'x'
     from generate_series(1, $2::int) i`,
    [tenant, n],
  );
  await database.query("insert into audit_heads (tenant_id, seq, hash) values ($1, $2, 'x')", [tenant, n]);
  process.stdout.write(`${n} sealed entries inserted in ${Date.now() - t0} ms\n`);
  t0 = Date.now();
  await sealAuditLog(d);
  process.stdout.write(
    `first seal (tree built from existing entries, signed, published): ${Date.now() - t0} ms\n`,
  );
  const cp = await newestCheckpoint(s.db, tenant);
  const c = openCheckpoint(cp?.note ?? "", d.signer.verifierKey);
  if (!c || c.size !== n) throw new Error("no checkpoint over the whole tree");
  const times: number[] = [];
  for (let k = 0; k < 50; k++) {
    const idx = Math.floor(Math.random() * n);
    const t = performance.now();
    const proof = await inclusionProof(storedTree(s.db, tenant), idx, n);
    times.push(performance.now() - t);
    const [row] = await database.query<{ leaf_hash: string }>(
      "select leaf_hash from audit_log where tenant_id = $1 and seq = $2",
      [tenant, idx + 1],
    );
    if (!verifyInclusion(idx, n, fromHex(row?.leaf_hash ?? ""), proof, c.rootHash))
      throw new Error("bad proof");
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `inclusion proof: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms\n`,
  );
  await database.query(
    "insert into audit_log (tenant_id, id, at, action, entity_type, entity_id, data, salt) values ($1, 'aud_zz', now(), 'x', 'ticket', 'tkt_1', '{}', 'ab')",
    [tenant],
  );
  t0 = Date.now();
  await sealAuditLog(d);
  process.stdout.write(`sealing one entry onto the tree: ${Date.now() - t0} ms\n`);
  t0 = Date.now();
  const v = await verifyAuditLog(d, tenant);
  process.stdout.write(`verifying ${v.entries} entries: ${Date.now() - t0} ms\n`);
  await database.close();
}

await main();
