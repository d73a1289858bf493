export { tenancyModule } from "./tenancy.module.js";
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
export { outlets, tenants } from "./tenancy.tables.js";
