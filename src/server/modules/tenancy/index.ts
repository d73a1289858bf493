export {
  insertOutlet,
  insertTenant,
  outletExists,
  tenantSettings,
} from "./tenancy.repository.js";
export { registerTenancyRoutes } from "./tenancy.routes.js";
export { outlets, tenants } from "./tenancy.tables.js";
