export {
  findTenant,
  insertOutlet,
  insertTenant,
  listTenants,
  outletExists,
  slugTaken,
  type TenantRow,
  tenantSettings,
} from "./tenancy.repository.js";
export { registerTenancyRoutes } from "./tenancy.routes.js";
export { outlets, tenants } from "./tenancy.tables.js";
