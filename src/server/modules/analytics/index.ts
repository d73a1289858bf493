export { analyticsModule } from "./analytics.module.js";

export { rebuildTenant, refreshTenant } from "./rollups.js";
