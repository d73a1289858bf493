import { bootstrapTenant } from "../src/server/demo/bootstrap.js";
import { newId } from "../src/server/platform/ids.js";
import { benchServices, fmt, measure, type Stats } from "./lib.js";

// `DATABASE_URL=postgres://… npx tsx bench/parts-reserve.ts`: stock reservations per second through
// the HTTP API with BENCH_CONCURRENCY (16) clients, next to the raw single-row INSERT rate of the
// same database in the same run. Two shapes: reservations spread over 50 parts (little contention)
// and all on one part at one site (every call queues on the same balance row).
const count = Number(process.env.BENCH_RESERVATIONS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PARTS = 50;

const { services, app, database } = await benchServices();
const slug = newId("bench").toLowerCase();
const email = `admin.${slug}@bench.local`;
await bootstrapTenant(services.db, {
  name: "Bench",
  slug,
  timezone: "Asia/Shanghai",
  defaultLocale: "en",
  adminEmail: email,
  adminName: "Bench",
  adminPassword: "bench-password",
});
const call = async (url: string, token: string | undefined, body: unknown) => {
  const res = await app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, string>>;
};
const { token } = await call("/api/v1/auth/login", undefined, { email, password: "bench-password" });
await call("/api/v1/stock-sites", token, { code: "WH", name: "Warehouse", kind: "warehouse" });
for (let p = 0; p < PARTS; p++) {
  await call("/api/v1/parts", token, { partNo: `P-${p}`, name: `Part ${p}` });
  await call("/api/v1/stock/receipts", token, { partNo: `P-${p}`, site: "WH", qty: count * 2 });
}

await database.query(
  "create table if not exists bench_raw (id text primary key, tenant_id text not null, payload text not null, created_at timestamptz not null default now())",
);
await database.query("truncate bench_raw");
const raw = await measure(count, concurrency, async () => {
  await database.query("insert into bench_raw (id, tenant_id, payload) values ($1, $2, $3)", [
    newId("raw"),
    slug,
    "x",
  ]);
});
await database.query("drop table bench_raw");
const reserve = (partNo: string) => call("/api/v1/stock/reservations", token, { partNo, site: "WH", qty: 1 });
const spread = await measure(count, concurrency, async (i) => void (await reserve(`P-${i % PARTS}`)));
const hot = await measure(count, concurrency, async () => void (await reserve("P-0")));

const db = process.env.DATABASE_URL ? "postgresql" : "pglite";
const row = (name: string, s: Stats) =>
  `${name.padEnd(34)} ${db}  ${fmt(s.perSecond, 0)}/s  p50 ${fmt(s.p50, 2)}  p95 ${fmt(s.p95, 2)}  p99 ${fmt(s.p99, 2)} ms\n`;
process.stdout.write(row("raw single-row INSERT", raw));
process.stdout.write(row(`reservations over ${PARTS} parts (API)`, spread));
process.stdout.write(row("reservations of one part (API)", hot));
process.stdout.write(
  `${count} calls each, ${concurrency} concurrent clients; spread ${fmt((spread.perSecond / raw.perSecond) * 100, 1)} % and hot ${fmt((hot.perSecond / raw.perSecond) * 100, 1)} % of raw\n`,
);
await database.close?.();
process.exit(0);
