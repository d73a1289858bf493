import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { reserveStock, settleReservation } from "../../parts/index.js";
import { recordInstallation, todayIn } from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { findTicket } from "../../tickets/index.js";
import type { VisitRow } from "../field.repository.js";
import type { TVisitPartUse, TVisitSignature, TVisitStep } from "../field.schemas.js";
import { technicians, visits } from "../field.tables.js";
import { reportMailJob } from "../report-mail.js";
import { newReportToken } from "../report-verification.js";
import { nextVisitStatus, type VisitStatus } from "../visit-states.js";
import { claimActionKey } from "./action-key.js";
import { openRequiredSteps } from "./checklists.js";
import { checkNotice } from "./notice-check.js";
import { createOnsiteFollowUp } from "./remote-diagnosis.js";
import { recordStep, visitDto, visitInScope } from "./visit-context.js";
import { expectedArrival, noticeOnTheWay } from "./visit-notices.js";
import { settleTicketAfterVisit } from "./visit-outcome.js";

const DESK = ["admin", "supervisor", "agent"];

// The assigned technician works the visit; the desk may too (e.g. marking a no-show); a customer
// may only cancel their own.
function mayWork(actor: Actor, technicianId: string | null, action: string) {
  if (DESK.includes(actor.role)) return true;
  if (actor.role === "customer") return action === "cancel";
  return actor.role === "technician" && actor.userId === technicianId;
}

export async function stepVisit(s: Services, actor: Actor, id: string, input: TVisitStep, key?: string) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, input.action);
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    if (!mayWork(actor, visit.technicianId, input.action)) throw new AppError("auth.forbidden");
    const to = nextVisitStatus(visit.status as VisitStatus, input.action);
    if (!to) throw new AppError("field.invalid_transition", { status: visit.status, action: input.action });
    if (input.action === "cancel") await checkNotice(tx, s, actor, visit);
    if (input.action === "check_out" && visit.kind === "delivery" && !visit.delivery)
      throw new AppError("field.delivery_signoff_required");
    const remote = visit.kind === "remote";
    if (input.remoteOutcome && (!remote || input.action !== "check_out"))
      throw new AppError("field.remote_only");
    if (input.action === "check_out" && remote && !input.remoteOutcome)
      throw new AppError("field.remote_outcome_required");
    // A remote diagnosis is a call: there is no customer on site to sign.
    if (input.action === "check_out" && !remote && !visit.signature)
      throw new AppError("field.signature_required");
    const open = input.action === "check_out" ? openRequiredSteps(visit.checklist) : 0;
    if (open > 0) throw new AppError("field.checklist_incomplete", { count: open });
    const now = s.clock.now();
    const eta = input.action === "depart" ? await arrivalFrom(tx, visit, now, input) : null;
    const [updated] = await tx
      .update(visits)
      .set({
        status: to,
        updatedAt: now,
        ...(input.action === "depart" ? { etaAt: eta } : {}),
        ...(input.action === "check_in"
          ? { checkedInAt: now, checkInLat: input.lat ?? null, checkInLng: input.lng ?? null }
          : {}),
        ...(input.action === "check_out" ? { checkedOutAt: now, reportToken: newReportToken() } : {}),
        ...(input.remoteOutcome ? { remoteOutcome: input.remoteOutcome } : {}),
        ...(input.notes !== undefined ? { workNotes: input.notes } : {}),
      })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!updated) throw new Error("field: the write returned no row");
    // "Needs an on-site visit": the on-site visit is created from the remote one, waiting for a booking.
    const row =
      input.remoteOutcome === "needs_onsite"
        ? await createOnsiteFollowUp(tx, s, actor, updated, input.onsiteAddress)
        : updated;
    await recordStep(tx, s, actor, row, {
      action: input.action,
      from: visit.status,
      to,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      notes: input.notes ?? null,
      ...(input.action === "check_out" ? { followUp: input.followUp ?? false } : {}),
      ...(input.remoteOutcome ? { remoteOutcome: input.remoteOutcome } : {}),
      ...(input.action === "depart" ? { eta: eta?.toISOString() ?? null } : {}),
    });
    // "On the way", with the expected arrival: to the customer after commit (a replayed
    // departure returned above, so it is told once).
    if (input.action === "depart") await noticeOnTheWay(tx, row, eta, `${row.id}:${now.toISOString()}`);
    const followUp = (input.followUp ?? false) || input.remoteOutcome === "needs_onsite";
    if (to === "done") await settleTicketAfterVisit(tx, s, actor, row, followUp);
    if (to === "done" && row.kind === "installation") await recordInstalledUnit(tx, actor, row, now);
    // The report goes to the customer after commit, through the outbound job.
    if (to === "done")
      await enqueue(
        tx,
        reportMailJob,
        { tenantId: actor.tenantId, visitId: row.id },
        { tenantId: actor.tenantId },
      );
    return visitDto(tx, row);
  });
}

// Where the technician sets off from: the phone's position when given, else their home base.
async function arrivalFrom(tx: Db, visit: VisitRow, now: Date, input: TVisitStep) {
  if (input.lat !== undefined && input.lng !== undefined)
    return expectedArrival(visit, now, { lat: input.lat, lng: input.lng });
  const [home] = visit.technicianId
    ? await tx
        .select({ lat: technicians.homeLat, lng: technicians.homeLng })
        .from(technicians)
        .where(and(eq(technicians.tenantId, visit.tenantId), eq(technicians.userId, visit.technicianId)))
    : [];
  const from = home?.lat != null && home.lng != null ? { lat: home.lat, lng: home.lng } : null;
  return expectedArrival(visit, now, from);
}

// A part used on site: taken from the technician's van (or the named site) through the parts
// module — a reservation consumed at once, so the stock ledger and the old-part return follow.
export async function usePart(s: Services, actor: Actor, id: string, input: TVisitPartUse, key?: string) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, "part");
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    if (!mayWork(actor, visit.technicianId, "part") || actor.role === "customer")
      throw new AppError("auth.forbidden");
    if (visit.status !== "on_site")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "part" });
    let site = input.site;
    if (!site && visit.technicianId) {
      const [tech] = await tx
        .select({ van: technicians.vanSite })
        .from(technicians)
        .where(and(eq(technicians.tenantId, actor.tenantId), eq(technicians.userId, visit.technicianId)));
      site = tech?.van ?? undefined;
    }
    if (!site) throw new AppError("field.no_van");
    const inner = { ...s, db: tx };
    const reservation = await reserveStock(inner, actor, {
      partNo: input.partNo,
      site,
      qty: input.qty,
      visitId: visit.id,
      ticketRef: visit.ticketNumber,
    });
    await settleReservation(inner, actor, reservation.id, "consume");
    const name = reservation.partName ?? input.partNo;
    const [row] = await tx
      .update(visits)
      .set({
        parts: [...visit.parts, { partNo: input.partNo, name, qty: input.qty }],
        updatedAt: s.clock.now(),
      })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, {
      action: "part_used",
      from: visit.status,
      to: visit.status,
      partNo: input.partNo,
      qty: input.qty,
    });
    return visitDto(tx, row);
  });
}

// The customer's signature, drawn on the technician's phone while on site.
export async function signVisit(s: Services, actor: Actor, id: string, input: TVisitSignature, key?: string) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, "sign");
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    if (!mayWork(actor, visit.technicianId, "sign") || actor.role === "customer")
      throw new AppError("auth.forbidden");
    if (visit.status !== "on_site")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "sign" });
    const now = s.clock.now();
    const [row] = await tx
      .update(visits)
      .set({ signature: input.image, signedBy: input.signedBy, signedAt: now, updatedAt: now })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, { action: "signed", from: visit.status, to: visit.status });
    return visitDto(tx, row);
  });
}

// The installation guarantee period starts from the report's date (its check-out, the tenant's
// calendar day): recorded on the ticket's unit through the products module's command.
async function recordInstalledUnit(tx: Db, actor: Actor, visit: VisitRow, now: Date) {
  const ticket = await findTicket(tx, actor.tenantId, visit.ticketNumber);
  if (!ticket?.unitId) return;
  const timeZone = (await tenantSettings(tx, actor.tenantId))?.timezone ?? "Asia/Shanghai";
  await recordInstallation(tx, {
    tenantId: actor.tenantId,
    unitId: ticket.unitId,
    date: todayIn(timeZone, now),
    actorId: actor.userId,
    visitId: visit.id,
    at: now,
  });
}
