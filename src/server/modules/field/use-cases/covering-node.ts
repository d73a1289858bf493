import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { customers } from "../../customers/index.js";
import { networkCoverage, networkNodes } from "../field.tables.js";

// The paths of the nodes that cover a customer's address: those whose coverage division is the
// most precise prefix of the address's division (a district's outlet before its city's region).
// Empty when the customer has no structured address or no node covers it: then the visit's own
// node decides alone, as before coverage was set up.
export async function coveringNodePaths(db: Db, tenantId: string, customerId: string): Promise<string[]> {
  const [customer] = await db
    .select({ division: customers.divisionCode })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
  const division = customer?.division;
  if (!division) return [];
  const rows = await db
    .select({ code: networkCoverage.divisionCode, path: networkNodes.path })
    .from(networkCoverage)
    .innerJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, networkCoverage.tenantId), eq(networkNodes.id, networkCoverage.nodeId)),
    )
    .where(eq(networkCoverage.tenantId, tenantId));
  const matching = rows.filter((r) => division.startsWith(r.code));
  const best = Math.max(0, ...matching.map((r) => r.code.length));
  return [...new Set(matching.filter((r) => r.code.length === best).map((r) => r.path))];
}

// Whether a technician homed at `techPath` may serve a customer covered by `covering`: homed at a
// covering node or above it (a region's technicians back up its outlets), never in a sibling
// branch. No covering node: no restriction.
export const servesCoveredArea = (techPath: string, covering: readonly string[]) =>
  covering.length === 0 || covering.some((p) => p.startsWith(techPath));
