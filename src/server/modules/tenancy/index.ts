export { registerTenancyRoutes } from "./tenancy.routes.js";
export { findTenant, insertTenant, insertOutlet, outletExists, type TenantRow } from "./tenancy.repository.js";
export { tenants, outlets } from "./tenancy.tables.js";
