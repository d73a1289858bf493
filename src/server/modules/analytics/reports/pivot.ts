import type { KpiDefinition } from "../kpis/catalogue.js";
import { addMeasures, type Measures, zeroMeasures } from "../kpis/measures.js";

// One group of tickets: its row and column keys ("" when the report has no columns) and the sums of
// their measures.
export type PivotCell = { row: string; col: string; measures: Measures };
export type Pivot = {
  rowKeys: string[];
  colKeys: string[];
  // values[row][column][kpi]
  values: (number | null)[][][];
  // Per column, each KPI over all rows: computed from the summed measures (a ratio of sums).
  totals: (number | null)[][];
};

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Lays the groups out as rows × columns and computes each KPI per cell. A missing cell is a cell
// without tickets: counts are 0, averages and ratios have nothing to divide (null).
export function pivot(cells: readonly PivotCell[], kpis: readonly KpiDefinition[]): Pivot {
  const rowKeys = [...new Set(cells.map((c) => c.row))].sort(byKey);
  const colKeys = [...new Set(cells.map((c) => c.col))].sort(byKey);
  if (colKeys.length === 0) colKeys.push("");
  const at = new Map(cells.map((c) => [`${c.row}\u0000${c.col}`, c.measures]));
  const colSums = colKeys.map(() => zeroMeasures());
  const values = rowKeys.map((r) =>
    colKeys.map((c, j) => {
      const m = at.get(`${r}\u0000${c}`) ?? zeroMeasures();
      addMeasures(colSums[j] as Measures, m);
      return kpis.map((k) => k.compute(m));
    }),
  );
  const totals = colSums.map((m) => kpis.map((k) => k.compute(m)));
  return { rowKeys, colKeys, values, totals };
}
