import { and, eq, inArray } from "drizzle-orm";
import type { ComplaintRow as ComplaintRowDto, TComplaintQuery } from "../../../../shared/api/complaints.js";
import type { CompensationKind, ComplaintNature, ComplaintStatus } from "../../../../shared/complaints.js";
import type { Channel } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customers } from "../../customers/index.js";
import { products, units } from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { ticketsView } from "../../tickets/index.js";
import { searchComplaints } from "../complaints.repository.js";
import { dayStartIn } from "../day-start.js";

const DAY_MS = 86_400_000;

// The complaint register (report): filters by nature, severity, status, product and period (days
// in the tenant's time zone), newest first, keyset-paged; the web app exports it page by page.
export async function complaintRegister(
  s: Services,
  actor: Actor,
  q: TComplaintQuery,
  after?: { createdAt: Date; id: string },
): Promise<ComplaintRowDto[]> {
  const tz = (await tenantSettings(s.db, actor.tenantId))?.timezone ?? "UTC";
  const rows = await searchComplaints(
    s.db,
    actor.tenantId,
    {
      nature: q.nature,
      severity: q.severity,
      status: q.status,
      productId: q.productId,
      from: q.from ? dayStartIn(q.from, tz) : undefined,
      to: q.to ? new Date(dayStartIn(q.to, tz).getTime() + DAY_MS) : undefined,
    },
    q.limit + 1,
    after,
  );
  if (rows.length === 0) return [];
  const tenantId = actor.tenantId;
  const ticketRows = await s.db
    .select({ id: ticketsView.id, subject: ticketsView.subject })
    .from(ticketsView)
    .where(
      and(
        eq(ticketsView.tenantId, tenantId),
        inArray(
          ticketsView.id,
          rows.map((r) => r.ticketId),
        ),
      ),
    );
  const customerRows = await s.db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, tenantId),
        inArray(
          customers.id,
          rows.map((r) => r.customerId),
        ),
      ),
    );
  const unitIds = rows.map((r) => r.unitId).filter((x): x is string => !!x);
  const unitRows =
    unitIds.length === 0
      ? []
      : await s.db
          .select({ id: units.id, serial: units.serial, productName: products.name })
          .from(units)
          .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
          .where(and(eq(units.tenantId, tenantId), inArray(units.id, unitIds)));
  const subject = new Map(ticketRows.map((t) => [t.id, t.subject]));
  const customer = new Map(customerRows.map((c) => [c.id, c.name]));
  const unit = new Map(unitRows.map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id,
    ticketNumber: r.ticketNumber,
    subject: subject.get(r.ticketId) ?? "",
    customerName: customer.get(r.customerId) ?? null,
    productName: r.unitId ? (unit.get(r.unitId)?.productName ?? null) : null,
    unitSerial: r.unitId ? (unit.get(r.unitId)?.serial ?? null) : null,
    sourceChannel: r.sourceChannel as Channel,
    nature: r.nature as ComplaintNature,
    severity: r.severity as ComplaintRowDto["severity"],
    status: r.status as ComplaintStatus,
    compensationKind: r.compensationKind as CompensationKind | null,
    compensationAmount: r.compensationAmount,
    satisfaction: r.satisfaction as ComplaintRowDto["satisfaction"],
    reopenCount: r.reopenCount,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  }));
}
