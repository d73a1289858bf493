import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { deliverySettings } from "../../config.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { tenantSettings } from "../tenancy/index.js";
import { userNames, type VisitRow } from "./field.repository.js";
import { visits } from "./field.tables.js";

// A new verification code for a finished visit's report: 128 random bits, URL-safe.
export const newReportToken = () => randomBytes(16).toString("base64url");

// What the report shows and what its verification page confirms.
export type ReportContext = { company: string; timeZone: string; technician: string };

export async function reportContext(db: Db, visit: VisitRow): Promise<ReportContext> {
  const tenant = await tenantSettings(db, visit.tenantId);
  const names = await userNames(db, visit.tenantId, visit.technicianId ? [visit.technicianId] : []);
  return {
    company: tenant?.name ?? "",
    timeZone: tenant?.timezone ?? "Asia/Shanghai",
    technician: visit.technicianId ? (names.get(visit.technicianId) ?? "") : "",
  };
}

// The report's essentials: no address or phone, since the verification page is public.
function reportEssentials(visit: VisitRow, ctx: ReportContext) {
  return {
    company: ctx.company,
    number: visit.ticketNumber,
    kind: visit.kind,
    date: visit.checkedOutAt?.toISOString() ?? null,
    checkedInAt: visit.checkedInAt?.toISOString() ?? null,
    technician: ctx.technician,
    work: visit.workNotes ?? "",
    parts: visit.parts.map((p) => ({ partNo: p.partNo, name: p.name, qty: p.qty })),
    signedBy: visit.signedBy ?? "",
    signedAt: visit.signedAt?.toISOString() ?? null,
  };
}

// SHA-256 over the essentials and the signature image: printed on the report and shown on the
// verification page, so a printed or forwarded report can be compared with the record.
export function reportHash(visit: VisitRow, ctx: ReportContext): string {
  return createHash("sha256")
    .update(JSON.stringify(reportEssentials(visit, ctx)))
    .update(visit.signature ?? "")
    .digest("hex");
}

export function verificationUrl(s: Services, token: string): string {
  const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
    /\/+$/,
    "",
  );
  return `${base}/r/${token}`;
}

// The public verification page's data: anyone holding the code (the QR on the report) sees the
// essentials and the hash; an unknown code is "not found".
export async function verifyReport(s: Services, token: string) {
  const [visit] = await s.db.select().from(visits).where(eq(visits.reportToken, token));
  if (visit?.status !== "done") throw new AppError("field.report_not_found");
  const ctx = await reportContext(s.db, visit);
  return { ...reportEssentials(visit, ctx), hash: reportHash(visit, ctx) };
}
