export { analyticsModule } from "./analytics.module.js";
export { KPIS } from "./kpis/catalogue.js";
export { rebuildTenant, refreshTenant } from "./rollups.js";
