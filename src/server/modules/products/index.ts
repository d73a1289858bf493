export { productsModule } from "./products.module.js";
export { findUnitBySerial } from "./products.repository.js";
export { products, units } from "./products.tables.js";
export { tenantToday } from "./use-cases/manage-units.js";
export { todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";
