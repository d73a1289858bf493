export { fieldModule } from "./field.module.js";
export { localMidnight } from "./slots.js";
export { assignVisit } from "./use-cases/book-visit.js";
export { putCoverage } from "./use-cases/coverage.js";
export { createVisit } from "./use-cases/create-visit.js";
export { attachStaff, createNode, putTechnician } from "./use-cases/manage-network.js";
export { type TechnicianDay, technicianDayLoad } from "./use-cases/technician-day-load.js";
