export { vocAlertsModule } from "./voc-alerts.module.js";
export { seedVocAlertsDemo } from "./voc-alerts-demo.js";
