export { vocAlertsModule } from "./voc-alerts.module.js";
// For the improvement backlog: an alert named as an item's evidence.
export { findAlert } from "./voc-alerts.repository.js";
export { seedVocAlertsDemo } from "./voc-alerts-demo.js";
