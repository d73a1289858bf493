export { vocAlertsModule } from "./voc-alerts.module.js";
