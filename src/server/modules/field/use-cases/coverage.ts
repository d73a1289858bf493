import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { divisionName } from "../../../../shared/divisions.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customers } from "../../customers/index.js";
import { findNode, listNodes } from "../field.repository.js";
import { fieldScope } from "../field.scope.js";
import { networkCoverage } from "../field.tables.js";

// The share of customers (with a structured address) that the network should cover.
const COVERAGE_GOAL = 0.9;
const MAX_GAPS = 100;

const named = (code: string) => ({ code, name: divisionName(code) });

// A node's coverage areas, replaced as a whole (the admin screen sends the full selection). A
// division inside another of the list adds nothing, so only the outermost ones are kept.
export async function putCoverage(s: Services, actor: Actor, nodeId: string, divisions: string[]) {
  const unique = [...new Set(divisions)].sort();
  const outermost = unique.filter((c) => !unique.some((o) => o !== c && c.startsWith(o)));
  return s.db.transaction(async (tx) => {
    const node = await findNode(tx, actor.tenantId, nodeId);
    if (!node) throw new AppError("field.node_not_found");
    await tx
      .delete(networkCoverage)
      .where(and(eq(networkCoverage.tenantId, actor.tenantId), eq(networkCoverage.nodeId, node.id)));
    if (outermost.length > 0)
      await tx
        .insert(networkCoverage)
        .values(
          outermost.map((divisionCode) => ({ tenantId: actor.tenantId, nodeId: node.id, divisionCode })),
        );
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.coverage_set",
      entityType: "network_node",
      entityId: node.id,
      data: { divisions: outermost },
      at: s.clock.now(),
    });
    return { nodeId: node.id, divisions: outermost.map(named) };
  });
}

// The coverage of the nodes the caller sees.
export async function readCoverage(s: Services, actor: Actor) {
  const nodes = await listNodes(s.db, actor.tenantId, await fieldScope(s.db, actor));
  if (nodes.length === 0) return [];
  const rows = await s.db
    .select()
    .from(networkCoverage)
    .where(
      and(
        eq(networkCoverage.tenantId, actor.tenantId),
        inArray(
          networkCoverage.nodeId,
          nodes.map((n) => n.id),
        ),
      ),
    )
    .orderBy(asc(networkCoverage.divisionCode));
  return nodes.map((n) => ({
    nodeId: n.id,
    divisions: rows.filter((r) => r.nodeId === n.id).map((r) => named(r.divisionCode)),
  }));
}

// How much of the customer base the network reaches: customers whose address division lies in
// some node's coverage, against those with a structured address; the uncovered divisions (the
// gaps) with how many customers live there, most first. Erased customers are left out.
export async function coverageReport(s: Services, actor: Actor) {
  const covered = sql<boolean>`exists (select 1 from ${networkCoverage} where ${networkCoverage.tenantId} = ${customers.tenantId} and starts_with(${customers.divisionCode}, ${networkCoverage.divisionCode}))`;
  const live = and(eq(customers.tenantId, actor.tenantId), isNull(customers.erasedAt));
  const [totals] = await s.db
    .select({
      all: count(),
      withAddress: count(customers.divisionCode),
      covered: sql<number>`count(*) filter (where ${customers.divisionCode} is not null and ${covered})`,
    })
    .from(customers)
    .where(live);
  const gaps = await s.db
    .select({ code: customers.divisionCode, customers: count() })
    .from(customers)
    .where(and(live, isNotNull(customers.divisionCode), sql`not ${covered}`))
    .groupBy(customers.divisionCode)
    .orderBy(sql`count(*) desc`, asc(customers.divisionCode))
    .limit(MAX_GAPS);
  const withAddress = Number(totals?.withAddress ?? 0);
  const coveredCount = Number(totals?.covered ?? 0);
  const share = withAddress === 0 ? null : coveredCount / withAddress;
  return {
    customers: Number(totals?.all ?? 0),
    withAddress,
    covered: coveredCount,
    share,
    goal: COVERAGE_GOAL,
    meetsGoal: share !== null && share >= COVERAGE_GOAL,
    gaps: gaps.map((g) => ({ ...named(g.code ?? ""), customers: Number(g.customers) })),
  };
}
