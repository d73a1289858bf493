export { auditModule } from "./audit.module.js";
