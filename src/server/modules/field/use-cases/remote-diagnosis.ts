import { and, eq, gte } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customers } from "../../customers/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { searchVisits, type VisitRow } from "../field.repository.js";
import { fieldScope } from "../field.scope.js";
import { visits } from "../field.tables.js";
import { checklistFor } from "./checklists.js";
import { recordStep } from "./visit-context.js";

// A remote diagnosis that "needs an on-site visit": the repair visit is created from it — same
// ticket, node and skills, at the given address or the customer's street address — and waits for
// a booking. Returns the remote visit, now pointing at its follow-up.
export async function createOnsiteFollowUp(
  tx: Db,
  s: Services,
  actor: Actor,
  remote: VisitRow,
  address: string | undefined,
): Promise<VisitRow> {
  const [customer] = await tx
    .select({ street: customers.street, lat: customers.lat, lng: customers.lng })
    .from(customers)
    .where(and(eq(customers.tenantId, remote.tenantId), eq(customers.id, remote.customerId)));
  const where = address ?? customer?.street ?? null;
  if (!where) throw new AppError("field.onsite_address_required");
  const now = s.clock.now();
  const [onsite] = await tx
    .insert(visits)
    .values({
      id: newId("vis"),
      tenantId: remote.tenantId,
      ticketId: remote.ticketId,
      ticketNumber: remote.ticketNumber,
      customerId: remote.customerId,
      nodeId: remote.nodeId,
      nodePath: remote.nodePath,
      kind: "repair",
      durationMinutes: 90,
      address: where,
      lat: address ? null : (customer?.lat ?? null),
      lng: address ? null : (customer?.lng ?? null),
      requiredSkills: remote.requiredSkills,
      checklist: await checklistFor(tx, remote.tenantId, "repair", remote.requiredSkills),
      status: "requested",
      parts: [],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!onsite) throw new Error("field: the write returned no row");
  await recordStep(tx, s, actor, onsite, { action: "created", from: null, to: "requested" });
  const [row] = await tx
    .update(visits)
    .set({ followUpVisitId: onsite.id })
    .where(and(eq(visits.tenantId, remote.tenantId), eq(visits.id, remote.id)))
    .returning();
  if (!row) throw new Error("field: the write returned no row");
  return row;
}

const MONTHS = 6;

type Tally = { period: string; productLine: string; remote: number; solvedRemotely: number };
const rate = (t: { remote: number; solvedRemotely: number }) =>
  t.remote === 0 ? null : Math.round((t.solvedRemotely / t.remote) * 1000) / 1000;

// How often a remote diagnosis solves the problem without a trip: solved remotely ÷ remote
// diagnoses finished, per month (the tenant's calendar) and product line, over the last `months`
// months of the caller's part of the network. A visit needing several skills counts under its first.
export async function remoteDiagnosisSuccess(s: Services, actor: Actor, months = MONTHS) {
  const scope = await fieldScope(s.db, actor);
  const timeZone = (await tenantSettings(s.db, actor.tenantId))?.timezone ?? "Asia/Shanghai";
  const now = s.clock.now();
  const since = new Date(now.getTime() - months * 31 * 86_400_000);
  const rows = await searchVisits(
    s.db,
    actor.tenantId,
    scope,
    and(eq(visits.kind, "remote"), eq(visits.status, "done"), gte(visits.checkedOutAt, since)),
  );
  const monthOf = (d: Date) => d.toLocaleDateString("en-CA", { timeZone }).slice(0, 7);
  const first = monthOf(new Date(now.getTime() - (months - 1) * 30.5 * 86_400_000));
  const tallies = new Map<string, Tally>();
  const total = { remote: 0, solvedRemotely: 0 };
  for (const v of rows) {
    if (!v.checkedOutAt || !v.remoteOutcome) continue;
    const period = monthOf(v.checkedOutAt);
    if (period < first) continue;
    const productLine = v.requiredSkills[0] ?? "";
    const key = `${period}|${productLine}`;
    const t = tallies.get(key) ?? { period, productLine, remote: 0, solvedRemotely: 0 };
    const solved = v.remoteOutcome === "solved_remotely" ? 1 : 0;
    t.remote += 1;
    t.solvedRemotely += solved;
    total.remote += 1;
    total.solvedRemotely += solved;
    tallies.set(key, t);
  }
  const items = [...tallies.values()]
    .sort((a, b) => b.period.localeCompare(a.period) || a.productLine.localeCompare(b.productLine))
    .map((t) => ({ ...t, rate: rate(t) }));
  return { since: first, items, total: { ...total, rate: rate(total) } };
}
