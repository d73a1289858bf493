export {
  PRODUCT_UPDATE_RELEASED,
  type ProductUpdateReleased,
  UNIT_BOUGHT,
} from "./product-events.js";
export { productsModule } from "./products.module.js";
export { findProductBySku, findUnitBySerial, type UnitWithProduct } from "./products.repository.js";
export { products, units } from "./products.tables.js";
export { MAX_UNIT_AGE_YEARS, purchaseDateProblem } from "./purchase-date.js";
export { getUnit } from "./use-cases/get-unit.js";
export { productImport } from "./use-cases/import-products.js";
export { unitImport } from "./use-cases/import-units.js";
export { ownersOfUpdatedUnits, updatesReleasedBetween } from "./use-cases/product-updates.js";
export { recordInstallation } from "./use-cases/record-installation.js";
export { registerReplacementUnit } from "./use-cases/register-replacement-unit.js";
export { tenantToday } from "./use-cases/unit-dto.js";
export { changeUnitOwner, insertProvenUnit, recordInvoiceProof } from "./use-cases/unit-ownership.js";
export { addMonths, todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";
