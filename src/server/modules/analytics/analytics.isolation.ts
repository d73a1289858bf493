import type { IsolationFixture } from "../../platform/http/isolation.js";

// KPI ids name entries of the shared catalogue, not objects a tenant owns: no tenant has one another
// tenant could reach, so the matrix gets an id that names nothing (404 for every role allowed in).
// A review report is the other tenant's own: last month's, made by its admin; so is a saved report
// (shared with every staff role, so only the tenant boundary keeps it out).
export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/kpis/{kpi}", create: async () => "kpi_of_no_catalogue" },
  { path: "/api/v1/analytics/kpis/{kpi}", create: async () => "kpi_of_no_catalogue" },
  {
    path: "/api/v1/analytics/review-reports/{id}",
    create: async ({ call }) => {
      const d = new Date();
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 15));
      const period = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, "0")}`;
      return (await call("POST", "/api/v1/analytics/review-reports", { body: { kind: "monthly", period } }))
        .id;
    },
  },
  {
    path: "/api/v1/analytics/reports/{id}",
    create: async ({ call }) =>
      (
        await call("POST", "/api/v1/analytics/reports", {
          body: {
            name: "Volume by month",
            definition: { measures: ["volume"], rows: "month", range: { lastDays: 30 } },
            sharedWith: ["admin", "supervisor", "agent", "technician", "qa"],
          },
        })
      ).id,
  },
];
