export { partsModule } from "./parts.module.js";
export { createPart } from "./use-cases/create-part.js";
export { createSite } from "./use-cases/create-site.js";
export { partImport } from "./use-cases/import-parts.js";
export { receiveStock } from "./use-cases/receive-stock.js";
export { reserveStock } from "./use-cases/reserve-stock.js";
export { settleReservation } from "./use-cases/settle-reservation.js";
export { updateReorderPoint } from "./use-cases/update-reorder-point.js";
