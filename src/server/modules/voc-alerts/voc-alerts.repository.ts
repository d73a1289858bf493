import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { VocAlert } from "../../../shared/api/voc-alerts.js";
import type { Db } from "../../platform/db/client.js";
import { ticketsView } from "../tickets/index.js";
import { vocAlerts } from "./voc-alerts.tables.js";

type Row = typeof vocAlerts.$inferSelect;

export async function listAlerts(
  db: Db,
  tenantId: string,
  status: "open" | "acknowledged",
): Promise<VocAlert[]> {
  const rows = await db
    .select()
    .from(vocAlerts)
    .where(and(eq(vocAlerts.tenantId, tenantId), eq(vocAlerts.status, status)))
    .orderBy(desc(vocAlerts.createdAt))
    .limit(200);
  return withTickets(db, tenantId, rows);
}

export async function findAlert(db: Db, tenantId: string, id: string): Promise<VocAlert | undefined> {
  const rows = await db
    .select()
    .from(vocAlerts)
    .where(and(eq(vocAlerts.tenantId, tenantId), eq(vocAlerts.id, id)));
  return (await withTickets(db, tenantId, rows))[0];
}

// A product spike's label is the product's name when it was raised (Chinese in most tenants); readers
// in English get the product's English name, read now (the alert keeps the product's id).
async function productNamesEn(db: Db, tenantId: string, rows: Row[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(rows.flatMap((r) => (r.dimension === "product" && r.dimensionKey ? [r.dimensionKey] : []))),
  ];
  if (ids.length === 0) return new Map();
  const r = (await db.execute(sql`
    select id, name_en from products
    where tenant_id = ${tenantId} and name_en is not null and id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`)) as unknown as { rows: { id: string; name_en: string }[] };
  return new Map(r.rows.map((x) => [x.id, x.name_en]));
}

// The tickets behind each alert, as the managers' list shows them.
async function withTickets(db: Db, tenantId: string, rows: Row[]): Promise<VocAlert[]> {
  const ids = [...new Set(rows.flatMap((r) => r.ticketIds))];
  const tickets = ids.length
    ? await db
        .select({
          id: ticketsView.id,
          number: ticketsView.number,
          subject: ticketsView.subject,
          status: ticketsView.status,
        })
        .from(ticketsView)
        .where(and(eq(ticketsView.tenantId, tenantId), inArray(ticketsView.id, ids)))
    : [];
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const english = await productNamesEn(db, tenantId, rows);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dimension: r.dimension,
    label: r.label,
    labelEn: r.dimension === "product" ? (english.get(r.dimensionKey ?? "") ?? null) : null,
    details: r.details,
    tickets: r.ticketIds.flatMap((id) => {
      const t = byId.get(id);
      return t ? [t] : [];
    }),
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  }));
}
