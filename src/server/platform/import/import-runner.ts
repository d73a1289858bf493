import type { z } from "zod";
import type { ImportResult, ImportRow } from "../../../shared/api/imports.js";
import { type ErrorCode, errorMessage } from "../../../shared/errors/catalog.js";
import type { Locale } from "../../../shared/i18n/locale.js";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { readTable, type Table } from "./sheet-reader.js";

type ImportRowResult = ImportRow;
export type ImportProgress = (done: number, total: number) => void;
type ImportOptions = { apply: boolean; locale: Locale; onProgress?: ImportProgress };

export type RowProblem = { code: ErrorCode; params?: Record<string, string | number> };
// What one valid row would do; `write` runs only when applying (inside the import's transaction).
type RowPlan =
  | { action: "create" | "update"; write: (tx: Db) => Promise<void> }
  | { action: "unchanged" }
  | { problems: RowProblem[] };

// What an entity's import declares; the reading, checking, reporting and the one transaction are
// shared (runImport), so customers, products, units and parts differ only in these few lines.
export type ImportSpec<V> = {
  // The column codes the first row may name (others are ignored); `required` must be there.
  columns: readonly string[];
  required: readonly string[];
  // Parses one row's non-empty cells, by column code; issues name the column.
  row: z.ZodType<V>;
  // The natural key that finds the record again (re-importing the same file changes nothing).
  key: (v: V) => string | null;
  keyRequired: ErrorCode;
  plan: (db: Db, v: V, row: number) => Promise<RowPlan>;
};

// A header cell names a column by its code ("kind"), or ends with it in brackets, as our exports
// write them ("类型 (kind)", "Kind (kind)"), so an export in either language imports again.
function columnOf(header: string, columns: readonly string[]): string | undefined {
  const text = header.trim();
  const bracketed = /[(（]\s*([A-Za-z][\w]*)\s*[)）]$/.exec(text)?.[1];
  const code = (bracketed ?? text).toLowerCase();
  return columns.find((c) => c.toLowerCase() === code);
}

function columnIndex(table: Table, spec: ImportSpec<unknown>): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    const c = columnOf(h, spec.columns);
    if (c && !index.has(c)) index.set(c, i);
  });
  for (const required of spec.required)
    if (!index.has(required)) throw new AppError("import.missing_column", { column: required });
  return index;
}

export type OpenedImport = { total: number; run: (db: Db, opts: ImportOptions) => Promise<ImportResult> };

// Reads the file and checks its header (a wrong file or a missing column is a 4xx before any row
// is looked at, and before a progress stream starts). Then `run`: a dry run (apply = false)
// reports what each row would do and writes nothing; apply writes every valid row in one
// transaction. Bad rows are reported with their row and column and skipped.
export async function openImport<V>(file: File, spec: ImportSpec<V>): Promise<OpenedImport> {
  const table = await readTable(file);
  const index = columnIndex(table, spec as ImportSpec<unknown>);
  const total = table.rows.length;
  const run = async (db: Db, opts: ImportOptions): Promise<ImportResult> => {
    const message = (p: RowProblem) => errorMessage(p.code, opts.locale, p.params);
    const seen = new Map<string, number>();
    const oneRow = async (tx: Db, row: number, cells: string[]): Promise<ImportRowResult> => {
      const raw: Record<string, string> = {};
      for (const [column, i] of index) {
        const text = cells[i] ?? "";
        if (text) raw[column] = text;
      }
      const parsed = spec.row.safeParse(raw);
      if (!parsed.success) {
        const bad = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))];
        const errors = bad.map((column) => message({ code: "import.cell_invalid", params: { row, column } }));
        return { row, action: "error", key: null, errors };
      }
      const key = spec.key(parsed.data);
      if (!key)
        return {
          row,
          action: "error",
          key: null,
          errors: [message({ code: spec.keyRequired, params: { row } })],
        };
      const first = seen.get(key);
      if (first !== undefined)
        return {
          row,
          action: "error",
          key,
          errors: [message({ code: "import.duplicate_key", params: { row, first } })],
        };
      seen.set(key, row);
      const plan = await spec.plan(tx, parsed.data, row);
      if ("problems" in plan)
        return {
          row,
          action: "error",
          key,
          errors: plan.problems.map((p) => message({ ...p, params: { row, ...p.params } })),
        };
      if (opts.apply && plan.action !== "unchanged") await plan.write(tx);
      return { row, action: plan.action, key, errors: [] };
    };
    const results: ImportRowResult[] = [];
    const all = async (tx: Db) => {
      opts.onProgress?.(0, total);
      for (const { row, cells } of table.rows) {
        results.push(await oneRow(tx, row, cells));
        opts.onProgress?.(results.length, total);
      }
    };
    if (opts.apply) await db.transaction(all);
    else await all(db);
    return { applied: opts.apply, rows: results };
  };
  return { total, run };
}

// A list cell: codes separated by commas, semicolons, 、 or spaces (as our exports join them).
export const listCell = (text: string | undefined): string[] =>
  text ? [...new Set(text.split(/[\s,;，；、]+/).filter(Boolean))] : [];

// Two list cells hold the same codes, whatever their order.
export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  [...a].sort().join("\n") === [...b].sort().join("\n");
