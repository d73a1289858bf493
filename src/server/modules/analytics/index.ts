export { analyticsModule } from "./analytics.module.js";
export { seedForecastDemo } from "./forecast/forecast-demo.js";
export { rebuildTenant, refreshTenant } from "./rollups.js";
