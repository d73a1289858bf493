import { z } from "@hono/zod-openapi";
import { CUSTOMER_TIERS, PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../../../shared/domain.js";
import { ROLES } from "../../../shared/roles.js";
import { SLA_REPORT_GROUPS } from "../../../shared/sla-report-groups.js";
import { isoDateTime } from "../../platform/http/schemas.js";
import { checkHours, isValidTimezone, WEEKDAYS } from "./calendar.js";
import { SLA_METRICS, TARGET_STATUSES } from "./sla.tables.js";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "HH:MM (24:00 allowed as an end)");
const hours = z
  .array(z.tuple([time, time]))
  .max(12)
  .superRefine((h, ctx) => {
    const reason = checkHours(h);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  });
const weekly = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, hours])) as Record<(typeof WEEKDAYS)[number], typeof hours>,
);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a date");
const timezone = z.string().max(64).refine(isValidTimezone, "not a known IANA time zone");

export const ZCalendarInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    timezone,
    weekly,
    overrides: z.array(z.object({ date, hours })).max(2000).default([]),
  })
  .strict()
  .openapi("CalendarInput");

export const ZCalendarPatch = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    timezone: timezone.optional(),
    weekly: weekly.optional(),
    overrides: z.array(z.object({ date, hours })).max(2000).optional(),
  })
  .strict()
  .openapi("CalendarPatch");

export const ZCalendar = z
  .object({
    id: z.string(),
    name: z.string(),
    timezone: z.string(),
    weekly: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))),
    overrides: z.array(z.object({ date: z.string(), hours: z.array(z.tuple([z.string(), z.string()])) })),
    weeklyMinutes: z.number(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("Calendar");

export const ZDueInput = z
  .object({
    start: z.string().datetime({ offset: true }),
    minutes: z.number().min(0).max(10_000_000),
  })
  .strict()
  .openapi("DueInput");

const step = z
  .object({
    level: z.number().int().min(1).max(3),
    afterMinutes: z.number().int().min(0).max(1_000_000),
    notifyRoles: z.array(z.enum(ROLES)).max(7).optional(),
    assignTo: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "a user id, a role, or `specialist`" }),
  })
  .strict();

const policyFields = {
  name: z.string().trim().min(1).max(120),
  calendarId: z.string().min(1).max(100),
  match: z
    .object({
      priority: z.enum(PRIORITIES).optional(),
      tier: z.enum(CUSTOMER_TIERS).optional(),
      type: z.enum(TICKET_TYPES).optional(),
    })
    .strict()
    .default({}),
  targets: z
    .object({
      firstResponseMinutes: z.number().int().min(1).max(1_000_000),
      nextResponseMinutes: z.number().int().min(1).max(1_000_000).optional(),
      resolutionMinutes: z.number().int().min(1).max(1_000_000),
    })
    .strict(),
  warnAtPercent: z.number().int().min(1).max(100).default(80),
  pauseOn: z.array(z.enum(TICKET_STATUSES)).max(8).default([]),
  escalation: z
    .array(step)
    .max(3)
    .default([])
    .refine((s) => new Set(s.map((x) => x.level)).size === s.length, "one step per level"),
  goldenChannel: z.boolean().default(false),
};

export const ZPolicyInput = z.object(policyFields).strict().openapi("SlaPolicyInput");
export const ZPolicyPatch = z
  .object({
    name: policyFields.name.optional(),
    calendarId: policyFields.calendarId.optional(),
    match: policyFields.match.optional(),
    targets: policyFields.targets.optional(),
    warnAtPercent: z.number().int().min(1).max(100).optional(),
    pauseOn: z.array(z.enum(TICKET_STATUSES)).max(8).optional(),
    escalation: policyFields.escalation.optional(),
    goldenChannel: z.boolean().optional(),
  })
  .strict()
  .openapi("SlaPolicyPatch");

export const ZPolicy = z
  .object({
    id: z.string(),
    name: z.string(),
    calendarId: z.string(),
    match: z.object({
      priority: z.string().optional(),
      tier: z.string().optional(),
      type: z.string().optional(),
    }),
    targets: z.object({
      firstResponseMinutes: z.number(),
      nextResponseMinutes: z.number().optional(),
      resolutionMinutes: z.number(),
    }),
    warnAtPercent: z.number(),
    pauseOn: z.array(z.string()),
    escalation: z.array(
      z.object({
        level: z.number(),
        afterMinutes: z.number(),
        notifyRoles: z.array(z.string()).optional(),
        assignTo: z.string().optional(),
      }),
    ),
    goldenChannel: z.boolean(),
    createdAt: isoDateTime(),
  })
  .openapi("SlaPolicy");

export const ZTicketSla = z
  .object({
    policy: ZPolicy.nullable(),
    targets: z.array(
      z.object({
        metric: z.enum(SLA_METRICS),
        dueAt: isoDateTime().nullable(),
        status: z.enum(TARGET_STATUSES),
        // Left out for customers and dealers, who see only the due time and whether it is paused.
        elapsedBusinessMinutes: z.number().optional(),
        budgetMinutes: z.number().optional(),
        warnedAt: isoDateTime().optional(),
        breachedAt: isoDateTime().optional(),
        completedAt: isoDateTime().optional(),
      }),
    ),
    pauses: z.array(z.object({ from: isoDateTime(), to: isoDateTime().optional(), status: z.string() })),
    escalations: z.array(
      z.object({
        level: z.number(),
        source: z.string(),
        assignedTo: z.string().nullable(),
        notifyRoles: z.array(z.string()),
        deadlineAt: isoDateTime().optional(),
        at: isoDateTime(),
      }),
    ),
  })
  .openapi("TicketSla");

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
