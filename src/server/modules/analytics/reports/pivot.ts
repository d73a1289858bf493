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

type KeyOrder = (a: string, b: string) => number;
const byKey: KeyOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Keys in a fixed order (customer segments in their rules' order), others after them by key.
export const inOrder =
  (order: readonly string[]): KeyOrder =>
  (a, b) => {
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    return rank(a) - rank(b) || byKey(a, b);
  };

// Lays the groups out as rows × columns and computes each KPI per cell. A missing cell is a cell
// without tickets: counts are 0, averages and ratios have nothing to divide (null). Keys go in
// their natural order (days, codes, ids) unless the axis has its own.
export function pivot(
  cells: readonly PivotCell[],
  kpis: readonly KpiDefinition[],
  order: { rows?: KeyOrder; columns?: KeyOrder } = {},
): Pivot {
  const rowKeys = [...new Set(cells.map((c) => c.row))].sort(order.rows ?? byKey);
  const colKeys = [...new Set(cells.map((c) => c.col))].sort(order.columns ?? byKey);
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
