export { CUSTOMER_CHANGED, type CustomerChanged } from "./customer-events.js";
export { customerSearchCondition } from "./customer-search.js";
export {
  type CustomerRow,
  customerExists,
  customerVisibility,
  findCustomer,
  findCustomersByIds,
  insertCustomer,
} from "./customers.repository.js";
export { registerCustomerRoutes } from "./customers.routes.js";
export { customers } from "./customers.tables.js";
