export { partsModule } from "./parts.module.js";
export { updateReorderPoint } from "./use-cases/adjust-stock.js";
export { createPart, createSite } from "./use-cases/manage-catalogue.js";
export { receiveStock } from "./use-cases/receive-stock.js";
export { reserveStock } from "./use-cases/reserve-stock.js";
export { settleReservation } from "./use-cases/settle-reservation.js";
