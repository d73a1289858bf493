export { CUSTOMER_CHANGED, type CustomerChanged } from "./customer-events.js";
export { customerSearchCondition } from "./customer-search.js";
export { customersModule } from "./customers.module.js";
export {
  type CustomerRow,
  customerExists,
  customerVisibility,
  findCustomer,
  findCustomersByIds,
  insertCustomer,
} from "./customers.repository.js";
export { customers } from "./customers.tables.js";
