export { productsModule } from "./products.module.js";
export { findProductBySku, findUnitBySerial, type UnitWithProduct } from "./products.repository.js";
export { products, units } from "./products.tables.js";
export { getUnit, registerReplacementUnit, tenantToday, toUnitDto } from "./use-cases/manage-units.js";
export { changeUnitOwner, insertProvenUnit, recordInvoiceProof } from "./use-cases/unit-ownership.js";
export { addMonths, todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";
