import { z } from "@hono/zod-openapi";

// The report builder (issue 19): a saved pivot of KPIs from the catalogue by one or two dimensions,
// over tickets created in a range, with filters, a chart type and the roles it is shared with.

import {
  REPORT_CHARTS,
  REPORT_DIMENSIONS,
  REPORT_KEY_DIMENSIONS,
  REPORT_SHARE_ROLES,
  type ReportChoiceDimension,
} from "../analytics-reports.js";
import { CUSTOMER_SEGMENTS } from "./insight.js";

export type { ReportChart, ReportDimension } from "../analytics-reports.js";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a date");

// A fixed range, or the last n days up to the day the report is run (tenant time zone).
const ZReportRange = z.union([
  z.object({ from: day, to: day }).strict(),
  z.object({ lastDays: z.number().int().min(1).max(731) }).strict(),
]);

const DIMENSION_HELP = `Rows: ${REPORT_DIMENSIONS.join(", ")}. day/week/month: the creation day (weeks named by their Monday, months YYYY-MM); model: the unit's product SKU; line: the product's category; region: the customer's province (GB/T 2260 2-digit code); agent, team, product: ids (labels in the result)`;
const FILTER_HELP = `Per key dimension (${REPORT_KEY_DIMENSIONS.join(", ")}), the keys to keep ("" = none); dimensions combine with AND, keys of one dimension with OR. Choices for model, line and region: GET /api/v1/analytics/reports/choices`;

export const ZReportDefinition = z
  .object({
    // KPI ids of the catalogue (GET /kpis); checked against it by the server.
    measures: z.array(z.string().min(1).max(64)).min(1).max(8),
    rows: z.enum(REPORT_DIMENSIONS).openapi({ description: DIMENSION_HELP }),
    // A second dimension across (the pivot's columns); none: one column.
    columns: z
      .enum(REPORT_DIMENSIONS)
      .nullable()
      .default(null)
      .openapi({ description: "A second dimension across (same values as rows, not rows itself)" }),
    // Only tickets whose key is one of the values, per dimension ("" = none, e.g. unassigned).
    filters: z
      .partialRecord(z.enum(REPORT_KEY_DIMENSIONS), z.array(z.string().max(100)).min(1).max(100))
      .default({})
      .openapi({ description: FILTER_HELP }),
    // Only the tickets of one analytics customer segment's customers (GET /analytics/segments), as
    // the segment stands on the day the report is run.
    segment: z.enum(CUSTOMER_SEGMENTS).optional(),
    range: ZReportRange,
    chart: z.enum(REPORT_CHARTS).default("bar"),
  })
  .strict()
  .refine((d) => d.columns !== d.rows, { path: ["columns"], message: "rows and columns must differ" })
  .refine((d) => new Set(d.measures).size === d.measures.length, {
    path: ["measures"],
    message: "each measure once",
  });
export type ReportDefinition = z.infer<typeof ZReportDefinition>;
export type ReportDefinitionInput = z.input<typeof ZReportDefinition>;

export const ZReportInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    definition: ZReportDefinition,
    sharedWith: z.array(z.enum(REPORT_SHARE_ROLES)).max(REPORT_SHARE_ROLES.length).default([]),
  })
  .strict();
export type ReportInput = z.input<typeof ZReportInput>;

export const ZSavedReport = z.object({
  id: z.string(),
  name: z.string(),
  definition: ZReportDefinition,
  sharedWith: z.array(z.enum(REPORT_SHARE_ROLES)),
  ownerId: z.string(),
  ownerName: z.string(),
  // The caller made it (and so may change or delete it).
  mine: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedReport = z.infer<typeof ZSavedReport>;

const ZLabel = z.object({ key: z.string(), label: z.string() });
// The computed pivot: values[row][column][measure], and per column the total over all rows
// (ratios of the summed counts, not sums of ratios).
// The filter choices the tenant's tickets have: keys with a name in the caller's language ("" = none).
export const ZReportChoices = z.object({
  model: z.array(ZLabel),
  line: z.array(ZLabel),
  region: z.array(ZLabel),
}) satisfies z.ZodType<Record<ReportChoiceDimension, { key: string; label: string }[]>>;
export type ReportChoices = z.infer<typeof ZReportChoices>;

export const ZReportResult = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(ZLabel),
  columns: z.array(ZLabel),
  measures: z.array(
    z.object({ kpi: z.string(), unit: z.enum(["count", "minutes", "ratio", "score", "days", "yuan"]) }),
  ),
  values: z.array(z.array(z.array(z.number().nullable()))),
  totals: z.array(z.array(z.number().nullable())),
});
export type ReportResult = z.infer<typeof ZReportResult>;
