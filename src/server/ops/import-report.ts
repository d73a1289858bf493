import type { ImportResult } from "../../shared/api/imports.js";

// The command line's report: one line per row that is not unchanged, then the counts.
export function importReport(result: ImportResult): string {
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  const lines: string[] = [];
  for (const r of result.rows) {
    counts[r.action]++;
    if (r.action === "unchanged") continue;
    const detail = r.errors.length > 0 ? `  ${r.errors.join(" ")}` : "";
    lines.push(`row ${r.row}\t${r.action}\t${r.key ?? "-"}${detail}`);
  }
  const mode = result.applied ? "applied" : "dry run (nothing written)";
  lines.push(
    `${mode}: ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors`,
  );
  return `${lines.join("\n")}\n`;
}
