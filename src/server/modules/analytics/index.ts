// Demo alert rules (the demo seed is the only caller).
export { seedAlertsDemo } from "./alerts/alerts-demo.js";
export { analyticsModule } from "./analytics.module.js";
export { seedForecastDemo } from "./forecast/forecast-demo.js";
export { markAllCustomers } from "./kpis/customer-activity.js";
// Demo data for scorecards, service stars and coaching (the demo seed is the only caller).
export { seedScorecardsDemo } from "./people/people-demo.js";
export { rebuildTenant, refreshTenant } from "./rollups.js";
