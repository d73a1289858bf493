export { registrationsModule } from "./registrations.module.js";
export { unitRegistrations } from "./registrations.tables.js";
