import type { IsolationFixture } from "../../platform/http/isolation.js";

// KPI ids name entries of the shared catalogue, not objects a tenant owns: no tenant has one another
// tenant could reach, so the matrix gets an id that names nothing (404 for every role allowed in).
export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/kpis/{kpi}", create: async () => "kpi_of_no_catalogue" },
];
