export { CUSTOMER_CHANGED, type CustomerChanged } from "./customer-events.js";
export { customerSearchCondition } from "./customer-search.js";
export { customersModule } from "./customers.module.js";
export {
  type CustomerRow,
  contactPhoneDigits,
  customerExists,
  customerVisibility,
  findCustomer,
  findCustomerByContact,
  insertCustomer,
  insertCustomers,
} from "./customers.repository.js";
export { ZCustomer } from "./customers.schemas.js";
export { customers } from "./customers.tables.js";
export { toCustomerDto as toCustomerExport } from "./use-cases/customer-dto.js";
export { customerImport } from "./use-cases/import-customers.js";
