export { findUnitBySerial } from "./products.repository.js";
export { registerProductRoutes } from "./products.routes.js";
export { products, units } from "./products.tables.js";
export { tenantToday } from "./use-cases/manage-units.js";
export { warrantyEndsAt, warrantyStatus } from "./warranty.js";
