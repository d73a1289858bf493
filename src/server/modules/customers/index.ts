export { registerCustomerRoutes } from "./customers.routes.js";
export { customerExists, customerVisibility, findCustomer, findCustomersByIds, insertCustomer, type CustomerRow } from "./customers.repository.js";
export { customers } from "./customers.tables.js";
