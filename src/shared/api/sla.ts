import { z } from "@hono/zod-openapi";
import { checkHours, isValidTimezone, WEEKDAYS, type Weekday } from "../business-hours.js";
import { CUSTOMER_TIERS, PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../domain.js";
import { ROLES } from "../roles.js";
import { isoDateTime } from "./iso-date-time.js";

// Calendars, SLA policies and a ticket's SLA: the server's request and response schemas (with their
// OpenAPI names) and the web app's types (imported as types only, so zod stays out of the bundle).

export const SLA_METRICS = ["first_response", "next_response", "resolution"] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];
const TARGET_STATUSES = ["running", "paused", "met", "breached"] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
// Who raised an escalation: a policy step, a supervisor by hand, or the golden channel at intake.
export const ESCALATION_SOURCES = ["policy", "manual", "golden"] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "HH:MM (24:00 allowed as an end)");
const hours = z
  .array(z.tuple([time, time]))
  .max(12)
  .superRefine((h, ctx) => {
    const reason = checkHours(h);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  });
const weekly = z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, hours])) as Record<Weekday, typeof hours>);
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
export type CalendarInput = z.input<typeof ZCalendarInput>;

export const ZCalendarPatch = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    timezone: timezone.optional(),
    weekly: weekly.optional(),
    overrides: z.array(z.object({ date, hours })).max(2000).optional(),
  })
  .strict()
  .openapi("CalendarPatch");
export type CalendarPatch = z.input<typeof ZCalendarPatch>;

const ZHours = z.array(z.tuple([z.string(), z.string()]));

export const ZCalendar = z
  .object({
    id: z.string(),
    name: z.string(),
    timezone: z.string(),
    weekly: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, ZHours])) as Record<Weekday, typeof ZHours>),
    overrides: z.array(z.object({ date: z.string(), hours: ZHours })),
    weeklyMinutes: z.number(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("Calendar");
export type Calendar = z.infer<typeof ZCalendar>;

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
export type PolicyInput = z.input<typeof ZPolicyInput>;

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
      priority: z.enum(PRIORITIES).optional(),
      tier: z.enum(CUSTOMER_TIERS).optional(),
      type: z.enum(TICKET_TYPES).optional(),
    }),
    targets: z.object({
      firstResponseMinutes: z.number(),
      nextResponseMinutes: z.number().optional(),
      resolutionMinutes: z.number(),
    }),
    warnAtPercent: z.number(),
    pauseOn: z.array(z.enum(TICKET_STATUSES)),
    escalation: z.array(
      z.object({
        level: z.number(),
        afterMinutes: z.number(),
        notifyRoles: z.array(z.enum(ROLES)).optional(),
        assignTo: z.string().optional(),
      }),
    ),
    goldenChannel: z.boolean(),
    createdAt: isoDateTime(),
  })
  .openapi("SlaPolicy");
export type SlaPolicy = z.infer<typeof ZPolicy>;

const ZSlaTarget = z.object({
  metric: z.enum(SLA_METRICS),
  dueAt: isoDateTime().nullable(),
  status: z.enum(TARGET_STATUSES),
  // Left out for customers and dealers, who see only the due time and whether it is paused.
  elapsedBusinessMinutes: z.number().optional(),
  budgetMinutes: z.number().optional(),
  warnedAt: isoDateTime().optional(),
  breachedAt: isoDateTime().optional(),
  completedAt: isoDateTime().optional(),
});
export type SlaTarget = z.infer<typeof ZSlaTarget>;

export const ZTicketSla = z
  .object({
    policy: ZPolicy.nullable(),
    targets: z.array(ZSlaTarget),
    pauses: z.array(
      z.object({ from: isoDateTime(), to: isoDateTime().optional(), status: z.enum(TICKET_STATUSES) }),
    ),
    escalations: z.array(
      z.object({
        level: z.number(),
        source: z.enum(ESCALATION_SOURCES),
        assignedTo: z.string().nullable(),
        notifyRoles: z.array(z.enum(ROLES)),
        deadlineAt: isoDateTime().optional(),
        at: isoDateTime(),
      }),
    ),
  })
  .openapi("TicketSla");
export type TicketSla = z.infer<typeof ZTicketSla>;
