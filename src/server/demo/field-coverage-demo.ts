import { and, asc, eq } from "drizzle-orm";
import { customers } from "../modules/customers/index.js";
import { putCoverage } from "../modules/field/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// Where the demo customers live (GB/T 2260 district codes) and the streets: most in Shanghai and
// Beijing, which the network covers, one in Guangzhou, which it does not (a gap on the report).
const ADDRESSES = [
  ["310104", "漕溪北路 88 号 12 楼", 31.19, 121.44],
  ["310112", "虹梅路 1500 号", 31.17, 121.39],
  ["310105", "愚园路 1258 号", 31.22, 121.42],
  ["110105", "建国路 93 号", 39.91, 116.47],
  ["310104", "天钥桥路 500 弄 3 号 601", 31.19, 121.44],
  ["440106", "天河路 385 号", 23.13, 113.33],
] as const;

// Coverage areas for the demo network and structured addresses for the demo customers.
export async function seedCoverageDemo(
  s: Services,
  admin: Actor,
  nodes: { east: string; xuhui: string; chaoyang: string },
): Promise<void> {
  await putCoverage(s, admin, nodes.east, ["31", "32"]);
  await putCoverage(s, admin, nodes.xuhui, ["310104", "310112"]);
  await putCoverage(s, admin, nodes.chaoyang, ["110105"]);
  const rows = await s.db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.tenantId, admin.tenantId))
    .orderBy(asc(customers.createdAt), asc(customers.id));
  for (const [i, row] of rows.entries()) {
    const [divisionCode, street, lat, lng] = ADDRESSES[i % ADDRESSES.length] ?? ADDRESSES[0];
    await s.db
      .update(customers)
      .set({ divisionCode, street, lat, lng })
      .where(and(eq(customers.tenantId, admin.tenantId), eq(customers.id, row.id)));
  }
}
