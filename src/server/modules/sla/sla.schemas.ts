import { z } from "@hono/zod-openapi";
import {
  ZCalendar,
  ZCalendarInput,
  ZCalendarPatch,
  ZPolicy,
  ZPolicyInput,
  ZPolicyPatch,
  ZTicketSla,
} from "../../../shared/api/sla.js";
import { SLA_REPORT_GROUPS } from "../../../shared/sla-report-groups.js";

// Calendars and policies are shared with the web app (src/shared/api/sla.ts); the rest is server-only.
export { ZCalendar, ZCalendarInput, ZCalendarPatch, ZPolicy, ZPolicyInput, ZPolicyPatch, ZTicketSla };

export const ZDueInput = z
  .object({
    start: z.string().datetime({ offset: true }),
    minutes: z.number().min(0).max(10_000_000),
  })
  .strict()
  .openapi("DueInput");

export const ZReportQuery = z.object({
  from: z.string().datetime({ offset: true }),
  to: z.string().datetime({ offset: true }),
  groupBy: z.enum(SLA_REPORT_GROUPS).default("priority"),
});

export type TCalendarInput = z.infer<typeof ZCalendarInput>;
export type TCalendarPatch = z.infer<typeof ZCalendarPatch>;
export type TPolicyInput = z.infer<typeof ZPolicyInput>;
export type TPolicyPatch = z.infer<typeof ZPolicyPatch>;
export type TReportQuery = z.infer<typeof ZReportQuery>;
