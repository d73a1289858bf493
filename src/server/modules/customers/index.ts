export { CUSTOMER_CHANGED, type CustomerChanged } from "./customer-events.js";
export { customerSearchCondition } from "./customer-search.js";
export { customersModule } from "./customers.module.js";
export {
  customerExists,
  customerVisibility,
  findCustomer,
  insertCustomer,
} from "./customers.repository.js";
export { customers } from "./customers.tables.js";
