export { tenancyModule } from "./tenancy.module.js";
export {
  insertOutlet,
  insertTenant,
  listTenants,
  outletExists,
  slugTaken,
  tenantSettings,
} from "./tenancy.repository.js";
export { outlets, tenants } from "./tenancy.tables.js";
