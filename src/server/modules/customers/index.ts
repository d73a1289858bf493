export { CUSTOMER_CHANGED, type CustomerChanged } from "./customer-events.js";
export {
  customerExists,
  customerVisibility,
  findCustomer,
  insertCustomer,
} from "./customers.repository.js";
export { registerCustomerRoutes } from "./customers.routes.js";
export { customers } from "./customers.tables.js";
