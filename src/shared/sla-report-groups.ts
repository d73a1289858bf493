// How the SLA report may group its rows (the API's groupBy and the web's picker). Kept out of
// shared/api so the web bundle can import it without zod.
export const SLA_REPORT_GROUPS = ["priority", "type", "tier", "agent", "week"] as const;
