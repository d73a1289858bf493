import { defineModule, subscribe } from "../../platform/module.js";
import { provideKpiReader } from "../improvement/index.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./analytics.isolation.js";
import { registerAnalyticsRoutes } from "./analytics.routes.js";
import { improvementKpiReader } from "./improvement-kpis.js";
import { registerReviewRoutes } from "./review/review.routes.js";
import { reviewMailJob } from "./review/review-mail.js";
import { makeScheduledReviews } from "./review/use-cases/scheduled-reviews.js";
import { markDirty, refreshTenant, tenantsWithChanges } from "./rollups.js";

// PDCA checks compare KPIs; improvement cannot import analytics, so the reader is handed down as
// soon as the module list is loaded (before the demo seed, which opens cycles).
provideKpiReader(improvementKpiReader);

// Read-only analytics: hears every ticket change (marks the ticket in its transaction), keeps its
// own rollups up to date every minute, answers KPIs from them, and makes and mails the monthly and
// half-yearly service reviews.
export const analyticsModule = defineModule({
  name: "analytics",
  isolationFixtures,
  routes: (app, s) => {
    registerAnalyticsRoutes(app, s);
    registerReviewRoutes(app, s);
  },
  jobs: [reviewMailJob],
  subscribers: [
    subscribe(TICKET_CHANGED, (tx, _s, change) => markDirty(tx, change.tenantId, change.after.id)),
  ],
  schedules: [
    {
      name: "analytics.rollups",
      spec: "every 1m",
      run: async ({ tx, now }) => {
        for (const tenantId of await tenantsWithChanges(tx)) await refreshTenant(tx, tenantId, now);
      },
    },
    {
      name: "analytics.review_reports",
      spec: "5 * * * *",
      run: async ({ tx, now }) => {
        await makeScheduledReviews(tx, now);
      },
    },
  ],
});
