export { onTicketChanged } from "./engine.js";
export { seedSlaDefaults } from "./seed.js";
export { registerSlaRoutes } from "./sla.routes.js";
export { onCustomerChanged } from "./tier-change.js";
export { slaTimerJob } from "./timers.js";
