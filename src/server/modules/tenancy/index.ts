export { tenancyModule } from "./tenancy.module.js";
export {
  findTenant,
  insertOutlet,
  insertTenant,
  outletExists,
  type TenantRow,
  tenantSettings,
} from "./tenancy.repository.js";
export { outlets, tenants } from "./tenancy.tables.js";
