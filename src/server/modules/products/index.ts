export { registerProductRoutes } from "./products.routes.js";
export { findUnitBySerial, findProductBySku, type UnitWithProduct } from "./products.repository.js";
export { tenantToday } from "./use-cases/manage-units.js";
export { warrantyStatus, warrantyEndsAt, todayIn } from "./warranty.js";
export { products, units } from "./products.tables.js";
