import { and, eq, gte, inArray, lt, ne } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import { certificationModeOf } from "../certification-policy.js";
import { findNode, listTechnicians, type TechnicianRow, type VisitRow } from "../field.repository.js";
import { fieldScope, inSubtree } from "../field.scope.js";
import { networkNodes, technicians, visits } from "../field.tables.js";
import { localMidnight } from "../slots.js";
import { HOLDS_TIME } from "../visit-states.js";
import { coveringNodePaths, servesCoveredArea } from "./covering-node.js";
import { certifiedSkills } from "./staff-certifications.js";

// What the dispatch module plans from: one network node's day as the caller may see it — the
// technicians homed in the node's part of the network who work that weekday, and the visits of
// that part booked into that day (cancelled and no-show ones left out). `lock` locks the visit
// rows, for applying a plan against exactly what it was computed from.
export type DispatchDay = {
  node: { id: string; name: string; path: string };
  timeZone: string;
  midnight: Date;
  technicians: { tech: TechnicianRow; name: string }[];
  visits: VisitRow[];
  /** visits still waiting for a booking that the planner fits into this day (a new urgent job) */
  urgent: VisitRow[];
  /** per visit whose address a node covers: the day's technicians that coverage lets serve it */
  servedBy: Map<string, string[]>;
};

export async function readDispatchDay(
  db: Db,
  actor: Actor,
  nodeId: string,
  day: string,
  opts: { lock?: boolean; urgent?: readonly string[] } = {},
): Promise<DispatchDay> {
  const lock = opts.lock ?? false;
  const scope = await fieldScope(db, actor);
  const node = await findNode(db, actor.tenantId, nodeId, scope);
  if (!node) throw new AppError("field.node_not_found");
  const timeZone = (await tenantSettings(db, actor.tenantId))?.timezone ?? "Asia/Shanghai";
  const [y = 0, m = 0, d = 0] = day.split("-").map(Number);
  const midnight = localMidnight(y, m, d, timeZone);
  const next = localMidnight(y, m, d + 1, timeZone);
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  const techs = (await listTechnicians(db, actor.tenantId, inSubtree(networkNodes.path, node.path))).filter(
    (t) => t.tech.workDays.includes(weekday),
  );
  const q = db
    .select()
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, actor.tenantId),
        inSubtree(visits.nodePath, node.path),
        gte(visits.windowStart, midnight),
        lt(visits.windowStart, next),
        inArray(visits.status, ["scheduled", "en_route", "on_site", "done"]),
      ),
    )
    .orderBy(visits.windowStart, visits.id);
  const rows = lock ? await q.for("update") : await q;
  const wanted = opts.urgent ?? [];
  const uq = db
    .select()
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, actor.tenantId),
        inSubtree(visits.nodePath, node.path),
        inArray(visits.id, wanted.length ? [...wanted] : [""]),
        eq(visits.status, "requested"),
      ),
    )
    .orderBy(visits.id);
  const urgent = wanted.length === 0 ? [] : lock ? await uq.for("update") : await uq;
  const servable = await servableSkills(
    db,
    actor.tenantId,
    techs.map((t) => t.tech),
    day,
  );
  return {
    node: { id: node.id, name: node.name, path: node.path },
    timeZone,
    midnight,
    technicians: techs.map((t) => ({ tech: { ...t.tech, skills: servable(t.tech) }, name: t.name })),
    visits: rows,
    urgent,
    servedBy: await coverageOf(db, actor.tenantId, [...rows, ...urgent], techs),
  };
}

// The same covering rule as the automatic assignment (eligibleTechnicians): a visit whose
// customer's address a node covers may go only to technicians homed at that node or above it.
// Visits without a covering node, or covered by nobody on the board, are left out of the map (any
// technician of the day will do).
async function coverageOf(
  db: Db,
  tenantId: string,
  rows: readonly VisitRow[],
  techs: readonly { tech: TechnicianRow; path: string }[],
) {
  const byCustomer = new Map<string, string[]>();
  const servedBy = new Map<string, string[]>();
  for (const v of rows) {
    let covering = byCustomer.get(v.customerId);
    if (!covering) {
      covering = await coveringNodePaths(db, tenantId, v.customerId);
      byCustomer.set(v.customerId, covering);
    }
    if (covering.length === 0) continue;
    const cov = covering;
    const allowed = techs.filter((t) => servesCoveredArea(t.path, cov)).map((t) => t.tech.userId);
    // A visit on this board that none of its technicians' nodes covers is still the board's job
    // (its node is here): coverage only narrows the choice when someone here covers it.
    if (allowed.length > 0) servedBy.set(v.id, allowed);
  }
  return servedBy;
}

// With certification "required" the planner may give a technician only visits whose skills they
// hold a valid certification for on that day; otherwise their skills as recorded.
async function servableSkills(
  db: Db,
  tenantId: string,
  techs: readonly { userId: string; skills: string[] }[],
  day: string,
) {
  if ((await certificationModeOf(db, tenantId)) !== "required") return (t: { skills: string[] }) => t.skills;
  const held = await certifiedSkills(
    db,
    tenantId,
    techs.map((t) => t.userId),
    day,
  );
  return (t: { userId: string; skills: string[] }) => t.skills.filter((sk) => held.get(t.userId)?.has(sk));
}

// The rounds of some technicians between two instants (for the booking slots' plan check): their
// rows and the visits holding their time, the one being booked left out.
export async function readRounds(
  db: Db,
  tenantId: string,
  technicianIds: readonly string[],
  from: Date,
  to: Date,
  exceptVisit: string,
) {
  if (technicianIds.length === 0) return { technicians: [], visits: [], timeZone: "Asia/Shanghai" };
  const timeZone = (await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai";
  const techs = await listTechnicians(db, tenantId, inArray(technicians.userId, [...technicianIds]));
  const rows = await db
    .select()
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, tenantId),
        inArray(visits.technicianId, [...technicianIds]),
        inArray(visits.status, [...HOLDS_TIME]),
        gte(visits.windowStart, from),
        lt(visits.windowStart, to),
        ne(visits.id, exceptVisit),
      ),
    );
  return { technicians: techs.map((t) => ({ tech: t.tech, name: t.name })), visits: rows, timeZone };
}

/** Whether a node is in the caller's part of the network. */
export async function nodeVisible(db: Db, actor: Actor, nodeId: string): Promise<boolean> {
  return (await findNode(db, actor.tenantId, nodeId, await fieldScope(db, actor))) !== undefined;
}
