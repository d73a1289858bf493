// What an alert rule can watch and how (shared by the API schemas and the rule form).
export const ALERT_KPIS = [
  "complaint_rate",
  "first_response_minutes_avg",
  "volume",
  "batch_failure_rate",
] as const;
// "region": the customer's province (2-digit GB/T 2260 code), as the rollups key it.
export const ALERT_DIMENSIONS = ["product", "channel", "team", "model", "region"] as const;
/** seasonal: robust z over the same weekdays; threshold: a fixed value; batch_test: a batch against its peers */
export const ALERT_DETECTORS = ["seasonal", "threshold", "batch_test"] as const;
export const ALERT_SEVERITIES = ["warning", "critical"] as const;
export const ALERT_STATUSES = ["held", "delivered"] as const;
