import type { KpiDefinition } from "./catalogue.js";
import { MEASURES, type Measure, type Measures } from "./measures.js";

// The measures a KPI's formula reads, found by running it on a recording object (every measure 1,
// so no ratio short-cuts past its numerator). A report sums only these per cell — on the per-ticket
// facts, summing 3 instead of all 24 array elements is most of the query. measures-read.test.ts
// checks that the others never change a KPI's value.
export function measuresRead(kpis: readonly KpiDefinition[]): Measure[] {
  const read = new Set<string>();
  const recorder = new Proxy({} as Measures, {
    get: (_, key) => {
      if (typeof key === "string") read.add(key);
      return 1;
    },
  });
  for (const k of kpis) k.compute(recorder);
  return MEASURES.filter((m) => read.has(m));
}
