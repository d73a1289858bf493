export { registrationsModule } from "./registrations.module.js";
