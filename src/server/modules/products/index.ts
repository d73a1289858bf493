export { productsModule } from "./products.module.js";
export { findProductBySku, findUnitBySerial, type UnitWithProduct } from "./products.repository.js";
export { products, units } from "./products.tables.js";
export { MAX_UNIT_AGE_YEARS, purchaseDateProblem } from "./purchase-date.js";
export { getUnit } from "./use-cases/get-unit.js";
export { registerReplacementUnit } from "./use-cases/register-replacement-unit.js";
export { tenantToday } from "./use-cases/unit-dto.js";
export { changeUnitOwner, insertProvenUnit, recordInvoiceProof } from "./use-cases/unit-ownership.js";
export { addMonths, todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";
