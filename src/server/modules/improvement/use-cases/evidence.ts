import type { Evidence } from "../../../../shared/api/improvement.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { findComplaint } from "../../complaints/index.js";
import { findTicket } from "../../tickets/index.js";
import { findAlert } from "../../voc-alerts/index.js";
import type { EvidenceRow } from "../improvement.repository.js";
import type { EvidenceKind } from "../improvement.tables.js";
import { findKpiOption, kpiValue } from "../kpi-port.js";

export type EvidenceInput = { kind: EvidenceKind; ref: string; from?: string; to?: string; note?: string };

type Resolved = Pick<Evidence, "label" | "status" | "ticketNumber" | "value"> & { ref: string };

// Reads what the evidence points at through its owning module (every read is tenant-scoped, so
// another tenant's object is "not found"). A survey response is kept by id only: the surveys
// module offers no reader of one response, and the survey report shows it.
async function read(db: Db, tenantId: string, e: EvidenceInput, now: Date | null): Promise<Resolved | null> {
  switch (e.kind) {
    case "ticket": {
      const t = await findTicket(db, tenantId, e.ref);
      return t
        ? { ref: t.id, label: t.subject, status: t.status, ticketNumber: t.number, value: null }
        : null;
    }
    case "complaint": {
      const c = await findComplaint(db, tenantId, e.ref);
      if (!c) return null;
      const t = await findTicket(db, tenantId, c.ticketId);
      return {
        ref: c.id,
        label: t?.subject ?? null,
        status: c.status,
        ticketNumber: c.ticketNumber,
        value: null,
      };
    }
    case "alert": {
      const a = await findAlert(db, tenantId, e.ref);
      return a
        ? {
            ref: a.id,
            label: a.label,
            status: a.status,
            ticketNumber: a.tickets[0]?.number ?? null,
            value: null,
          }
        : null;
    }
    case "kpi": {
      if (!findKpiOption(e.ref) || !e.from || !e.to) return null;
      return {
        ref: e.ref,
        label: null,
        status: null,
        ticketNumber: null,
        value: now ? await kpiValue(db, tenantId, e.ref, { from: e.from, to: e.to }, now) : null,
      };
    }
    case "survey_response":
      return { ref: e.ref, label: null, status: null, ticketNumber: null, value: null };
  }
}

/** Checks each piece of evidence exists in the tenant; answers the stored form (ids, not numbers). */
export async function checkEvidence(
  db: Db,
  tenantId: string,
  list: readonly EvidenceInput[],
): Promise<EvidenceInput[]> {
  const out: EvidenceInput[] = [];
  for (const e of list) {
    if (e.kind === "kpi" && (!e.from || !e.to || e.from > e.to))
      throw new AppError("improvement.evidence_period_required");
    const found = await read(db, tenantId, e, null);
    if (!found) throw new AppError("improvement.evidence_not_found", { kind: e.kind, ref: e.ref });
    out.push({ ...e, ref: found.ref });
  }
  return out;
}

export async function resolveEvidence(
  db: Db,
  tenantId: string,
  rows: readonly EvidenceRow[],
  now: Date,
): Promise<Evidence[]> {
  return Promise.all(
    rows.map(async (r) => {
      const found = await read(
        db,
        tenantId,
        {
          kind: r.kind,
          ref: r.ref,
          ...(r.periodFrom ? { from: r.periodFrom } : {}),
          ...(r.periodTo ? { to: r.periodTo } : {}),
        },
        now,
      );
      return {
        id: r.id,
        kind: r.kind,
        ref: r.ref,
        note: r.note,
        label: found?.label ?? null,
        status: found?.status ?? null,
        ticketNumber: found?.ticketNumber ?? null,
        period: r.periodFrom && r.periodTo ? { from: r.periodFrom, to: r.periodTo } : null,
        value: found?.value ?? null,
      };
    }),
  );
}
