import { sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";

// The managers responsible for a province (2-digit GB/T 2260 code): active supervisors and admins
// attached to a region-level node whose subtree serves some of it (coverage may sit on the region
// itself or on its outlets, at any division level). A read for other modules (analytics' alert
// rules send "to the region's managers"); it writes nothing.
export async function regionManagers(db: Db, tenantId: string, province: string): Promise<string[]> {
  if (!/^\d{2}$/.test(province)) return [];
  const r = (await db.execute(sql`
    select distinct u.id
    from network_nodes region
    join network_staff ns on ns.tenant_id = region.tenant_id and ns.node_id = region.id
    join users u on u.tenant_id = ns.tenant_id and u.id = ns.user_id
      and u.active and u.role in ('supervisor', 'admin')
    where region.tenant_id = ${tenantId} and region.level = 'region'
      and exists (
        select 1 from network_nodes n
        join network_coverage c on c.tenant_id = n.tenant_id and c.node_id = n.id
        where n.tenant_id = region.tenant_id
          and left(n.path, length(region.path)) = region.path
          and left(c.division_code, 2) = ${province})
    order by u.id`)) as unknown as { rows: { id: string }[] };
  return r.rows.map((x) => x.id);
}
