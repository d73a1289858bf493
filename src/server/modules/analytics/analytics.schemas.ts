import { z } from "@hono/zod-openapi";
import { GROUP_BYS, TIME_GROUPS } from "./kpis/dimensions.js";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a date");

export const ZKpiParam = z.object({ kpi: z.string().max(64) });
// from/to default to the last 30 days up to today (tenant time zone).
export const ZKpiQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  groupBy: z.enum(GROUP_BYS).optional(),
});
export const ZDashboardQuery = z.object({
  from: date,
  to: date,
  groupBy: z.enum(TIME_GROUPS).default("month"),
});
export const ZTargetInput = z.object({ target: z.number().finite().min(0).max(1_000_000).nullable() });
// from/to default to the last 30 days up to today, as for /kpis/{kpi}.
export const ZKpiTicketsQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  // Only the caller's own tickets (always so for those who are not leads).
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
