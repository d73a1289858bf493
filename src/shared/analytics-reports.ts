// The report builder's vocabulary (issue 19), shared by the server's schemas and the web's pickers.

// What a report can be broken down by: creation day/week/month, or a key every ticket fact carries.
export const REPORT_KEY_DIMENSIONS = [
  "priority",
  "type",
  "channel",
  "agent",
  "team",
  "product",
  "tier",
  // The unit's model (SKU), product line (the product's category), region (customer's province).
  "model",
  "line",
  "region",
] as const;
export type ReportKeyDimension = (typeof REPORT_KEY_DIMENSIONS)[number];
// The filters whose choices come from the tenant's data (GET /analytics/reports/choices); the other
// key dimensions are fixed vocabularies (priority, type, channel, tier) or people and teams.
export const REPORT_CHOICE_DIMENSIONS = ["model", "line", "region"] as const;
export type ReportChoiceDimension = (typeof REPORT_CHOICE_DIMENSIONS)[number];
// "segment": the ticket's customer's analytics segment (Customer insight) on the day the report
// runs — a breakdown only (the definition's `segment` filters by one).
export const REPORT_DIMENSIONS = ["day", "week", "month", ...REPORT_KEY_DIMENSIONS, "segment"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const REPORT_CHARTS = ["bar", "line", "pie", "table"] as const;
export type ReportChart = (typeof REPORT_CHARTS)[number];
// Who a report can be shared with: staff roles (customers, dealers and auditors read no KPIs).
export const REPORT_SHARE_ROLES = ["admin", "supervisor", "agent", "technician", "qa"] as const;
