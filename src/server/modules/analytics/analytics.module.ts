import { defineModule, subscribe } from "../../platform/module.js";
import { CUSTOMER_CHANGED } from "../customers/index.js";
import { provideKpiReader } from "../improvement/index.js";
import { LOYALTY_PURCHASE_RECORDED } from "../loyalty/index.js";
import { TICKET_PARTS_CHANGED } from "../parts/index.js";
import { UNIT_BOUGHT } from "../products/index.js";
import { UNIT_REGISTERED } from "../registrations/index.js";
import { provideSegmentAudience } from "../surveys/index.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { alertMailJob } from "./alerts/alert-mail.js";
import { alertIsolationFixtures } from "./alerts/alerts.isolation.js";
import { registerAlertRoutes } from "./alerts/alerts.routes.js";
import { deliverDueAlerts } from "./alerts/deliver-alerts.js";
import { evaluateRules, tenantsWithRules } from "./alerts/evaluate-rules.js";
import { isolationFixtures } from "./analytics.isolation.js";
import { registerAnalyticsRoutes } from "./analytics.routes.js";
import { registerAnomalyRoutes } from "./anomaly/anomaly.routes.js";
import { registerCostRateRoutes } from "./cost-rates.routes.js";
import { registerForecastRoutes } from "./forecast/forecast.routes.js";
import { improvementKpiReader } from "./improvement-kpis.js";
import { registerInsightRoutes } from "./insight/insight.routes.js";
import { surveySegmentAudience } from "./insight/segment-audience.js";
import {
  markCustomerAndReferrer,
  markCustomersChanged,
  markTicketCustomers,
  refreshCustomerActivity,
  tenantsWithChangedCustomers,
} from "./kpis/customer-activity.js";
import { peopleIsolationFixtures } from "./people/people.isolation.js";
import { registerPeopleRoutes } from "./people/people.routes.js";
import { tenantIds } from "./people/people-directory.js";
import { computeLastMonths } from "./people/use-cases/compute-scorecards.js";
import { registerReportRoutes } from "./reports/report.routes.js";
import { registerReviewRoutes } from "./review/review.routes.js";
import { reviewMailJob } from "./review/review-mail.js";
import { makeScheduledReviews } from "./review/use-cases/scheduled-reviews.js";
import {
  markCustomerTicketsDirty,
  markDirty,
  markManyDirty,
  refreshTenant,
  tenantsWithChanges,
} from "./rollups.js";

// PDCA checks compare KPIs; improvement cannot import analytics, so the reader is handed down as
// soon as the module list is loaded (before the demo seed, which opens cycles).
provideKpiReader(improvementKpiReader);
// Likewise a quarterly survey round aimed at a customer segment asks analytics who is in it.
provideSegmentAudience(surveySegmentAudience);

// Read-only analytics: hears every ticket change (marks the ticket in its transaction), keeps its
// own rollups up to date every minute, answers KPIs from them, and makes and mails the monthly and
// half-yearly service reviews, and scores people (scorecards, service stars, coaching: people/).
export const analyticsModule = defineModule({
  name: "analytics",
  isolationFixtures: [...isolationFixtures, ...peopleIsolationFixtures, ...alertIsolationFixtures],
  routes: (app, s) => {
    registerAnalyticsRoutes(app, s);
    registerCostRateRoutes(app, s);
    registerReviewRoutes(app, s);
    registerPeopleRoutes(app, s);
    registerForecastRoutes(app, s);
    registerAnomalyRoutes(app, s);
    registerInsightRoutes(app, s);
    registerReportRoutes(app, s);
    registerAlertRoutes(app, s);
  },
  jobs: [reviewMailJob, alertMailJob],
  subscribers: [
    subscribe(
      TICKET_CHANGED,
      async (tx, _s, change) => {
        await markDirty(tx, change.tenantId, change.after.id);
        await markTicketCustomers(tx, [change]);
      },
      async (tx, _s, changes) => {
        await markManyDirty(
          tx,
          changes.map((c) => ({ tenantId: c.tenantId, ticketId: c.after.id })),
        );
        await markTicketCustomers(tx, changes);
      },
    ),
    // The customer KPIs' summary: purchases (units, loyalty) and registrations (a referral reward).
    subscribe(UNIT_BOUGHT, (tx, _s, e) => markCustomersChanged(tx, e.tenantId, [e.customerId])),
    subscribe(LOYALTY_PURCHASE_RECORDED, (tx, _s, e) => markCustomersChanged(tx, e.tenantId, [e.customerId])),
    subscribe(UNIT_REGISTERED, (tx, _s, e) => markCustomerAndReferrer(tx, e.tenantId, e.customerId)),
    // The customer's tier and province are keys of their tickets' facts.
    subscribe(CUSTOMER_CHANGED, (tx, _s, change) => markCustomerTicketsDirty(tx, change)),
    // Parts used or given back move the ticket's parts used and cost (settling records no ticket event).
    subscribe(TICKET_PARTS_CHANGED, (tx, _s, change) => markDirty(tx, change.tenantId, change.ticketId)),
  ],
  schedules: [
    {
      // Alert rules: evaluated, and what is due (held alerts whose quiet hours ended) delivered.
      name: "analytics.alerts",
      spec: "every 5m",
      run: async ({ tx, now }) => {
        for (const tenantId of await tenantsWithRules(tx)) {
          await evaluateRules(tx, tenantId, now);
          await deliverDueAlerts(tx, tenantId, now);
        }
      },
    },
    {
      name: "analytics.rollups",
      spec: "every 1m",
      run: async ({ tx, now }) => {
        for (const tenantId of await tenantsWithChanges(tx)) await refreshTenant(tx, tenantId, now);
        for (const tenantId of await tenantsWithChangedCustomers(tx))
          await refreshCustomerActivity(tx, tenantId);
      },
    },
    {
      name: "analytics.review_reports",
      spec: "5 * * * *",
      run: async ({ tx, now }) => {
        await makeScheduledReviews(tx, now);
      },
    },
    {
      // Last month's scorecards, once it has ended (a no-op once they are final).
      name: "analytics.scorecards",
      spec: "25 * * * *",
      run: async ({ tx, now }) => {
        await computeLastMonths(tx, await tenantIds(tx), now);
      },
    },
  ],
});
