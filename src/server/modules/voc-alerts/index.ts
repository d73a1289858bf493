// The lexicon sentiment scorer, pure: analytics' text analytics scores groups of problems with it.

// A customer's erasure (privacy module).
export { eraseVocAlertData } from "./erase-voc-alert-data.js";
export { scoreSentiment } from "./signals/sentiment.js";
export { vocAlertsModule } from "./voc-alerts.module.js";
// For the improvement backlog: an alert named as an item's evidence.
export { findAlert } from "./voc-alerts.repository.js";
export { seedVocAlertsDemo } from "./voc-alerts-demo.js";
