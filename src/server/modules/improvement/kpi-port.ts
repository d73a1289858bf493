import type { KpiOption } from "../../../shared/api/improvement.js";
import type { Db } from "../../platform/db/client.js";

// The KPI figures a PDCA check compares, and the catalogue a plan chooses from. Analytics sits on
// top (nothing may import it), so it provides this reader when the modules are wired (its module
// definition, when it is loaded: the demo seed runs before any route is mounted); without it there
// is no catalogue and no figure.
export type KpiReader = {
  catalogue: () => readonly KpiOption[];
  /** The KPI over tickets created on the tenant's days from..to (inclusive); null: nothing to measure. */
  value: (
    db: Db,
    tenantId: string,
    kpiId: string,
    range: { from: string; to: string },
    // The caller's clock: the rollups first take in the ticket changes made up to now.
    now: Date,
  ) => Promise<number | null>;
};

let provided: KpiReader | null = null;

export function provideKpiReader(reader: KpiReader): void {
  provided = reader;
}

export const kpiCatalogue = (): readonly KpiOption[] => provided?.catalogue() ?? [];
export const findKpiOption = (id: string): KpiOption | undefined => kpiCatalogue().find((k) => k.id === id);

export async function kpiValue(
  db: Db,
  tenantId: string,
  kpiId: string,
  range: { from: string; to: string },
  now: Date,
) {
  return provided ? provided.value(db, tenantId, kpiId, range, now) : null;
}
