export { productsModule } from "./products.module.js";
export { findUnitBySerial, type UnitWithProduct } from "./products.repository.js";
export { products, units } from "./products.tables.js";
export { getUnit, registerReplacementUnit, tenantToday, toUnitDto } from "./use-cases/manage-units.js";
export { addMonths, todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";
