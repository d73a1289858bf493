import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { errorMessage } from "../../../../shared/errors/catalog.js";
import type { Locale } from "../../../../shared/i18n/locale.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { CUSTOMER_CHANGED } from "../customer-events.js";
import { insertCustomer, updateCustomer } from "../customers.repository.js";
import { ZCreateCustomer } from "../customers.schemas.js";
import { customers } from "../customers.tables.js";

// The columns of the customer list, as the first row of the sheet names them.
const CUSTOMER_COLUMNS = ["name", "kind", "email", "phone", "tier"] as const;
type Column = (typeof CUSTOMER_COLUMNS)[number];
const ZRow = ZCreateCustomer.pick({ name: true, kind: true, email: true, phone: true, tier: true });

export type ImportRowResult = {
  row: number;
  action: "create" | "update" | "unchanged" | "error";
  key: string | null;
  errors: string[];
};

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "text" in v) return String(v.text);
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

async function readSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  // An .xlsx is a ZIP; a renamed CSV or a program never reaches the parser.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
    throw new AppError("import.not_xlsx");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("import.not_xlsx");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError("import.not_xlsx");
  return sheet;
}

const phoneDigits = (s: string) => s.replace(/\D/g, "").replace(/^(00)?86(1\d{10})$/, "$2");

async function findByKey(db: Db, tenantId: string, email?: string, phone?: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, tenantId),
        email
          ? sql`lower(${customers.email}) = ${email}`
          : eq(customers.phoneDigits, phoneDigits(phone ?? "")),
      ),
    )
    .limit(1);
  return row;
}

// Dry run (apply = false) reports what each row would do without writing; apply writes every valid
// row in one transaction, each with its audit entry. Rows are found again by e-mail, else phone,
// so importing the same file twice changes nothing the second time.
export async function importCustomers(
  s: Services,
  actor: Actor,
  file: File,
  opts: { apply: boolean; locale: Locale },
): Promise<{ applied: boolean; rows: ImportRowResult[] }> {
  const sheet = await readSheet(new Uint8Array(await file.arrayBuffer()));
  const columns = new Map<Column, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell.value).trim().toLowerCase() as Column;
    if ((CUSTOMER_COLUMNS as readonly string[]).includes(name)) columns.set(name, col);
  });
  for (const required of ["name", "kind"] as const)
    if (!columns.has(required)) throw new AppError("import.missing_column", { column: required });

  const results: ImportRowResult[] = [];
  const seen = new Map<string, number>();
  const run = async (db: Db) => {
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const raw: Record<string, string> = {};
      for (const [name, col] of columns) {
        const text = cellText(row.getCell(col).value).trim();
        if (text) raw[name] = text;
      }
      if (Object.keys(raw).length === 0) continue;
      const parsed = ZRow.safeParse(raw);
      if (!parsed.success) {
        const bad = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
        results.push({
          row: r,
          action: "error",
          key: null,
          errors: bad.map((column) => errorMessage("import.cell_invalid", opts.locale, { row: r, column })),
        });
        continue;
      }
      const v = parsed.data;
      const key = v.email ?? (v.phone ? phoneDigits(v.phone) : null);
      if (!key) {
        results.push({
          row: r,
          action: "error",
          key: null,
          errors: [errorMessage("import.key_required", opts.locale, { row: r })],
        });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        results.push({
          row: r,
          action: "error",
          key,
          errors: [errorMessage("import.duplicate_key", opts.locale, { row: r, first })],
        });
        continue;
      }
      seen.set(key, r);
      const existing = await findByKey(db, actor.tenantId, v.email, v.phone);
      const fields = {
        name: v.name,
        kind: v.kind,
        email: v.email ?? null,
        phone: v.phone ?? null,
        tier: v.tier ?? "standard",
      };
      if (!existing) {
        results.push({ row: r, action: "create", key, errors: [] });
        if (!opts.apply) continue;
        const now = s.clock.now();
        const created = await insertCustomer(db, {
          id: newId("cus"),
          tenantId: actor.tenantId,
          ...fields,
          outletId: null,
          preferredChannel: "email",
          locale: null,
          createdAt: now,
          updatedAt: now,
        });
        await appendAudit(db, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "customer.imported",
          entityType: "customer",
          entityId: created.id,
          data: { ...fields, row: r },
          at: now,
        });
        continue;
      }
      // Only what the sheet says: an e-mail or phone left empty keeps the one on file.
      const patch = {
        name: fields.name,
        kind: fields.kind,
        tier: fields.tier,
        ...(fields.email ? { email: fields.email } : {}),
        ...(fields.phone ? { phone: fields.phone } : {}),
      };
      const changed = Object.entries(patch).some(([k, val]) => existing[k as keyof typeof existing] !== val);
      results.push({ row: r, action: changed ? "update" : "unchanged", key, errors: [] });
      if (!opts.apply || !changed) continue;
      const now = s.clock.now();
      const after = await updateCustomer(db, actor.tenantId, existing.id, { ...patch, updatedAt: now });
      if (after)
        await s.events.emit(db, CUSTOMER_CHANGED, {
          tenantId: actor.tenantId,
          before: existing,
          after,
          actor: { userId: actor.userId, role: actor.role },
          at: now,
        });
      await appendAudit(db, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "customer.imported",
        entityType: "customer",
        entityId: existing.id,
        data: { ...patch, row: r },
        at: now,
      });
    }
  };
  if (opts.apply) await s.db.transaction(run);
  else await run(s.db);
  return { applied: opts.apply, rows: results };
}
