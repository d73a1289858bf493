import { z } from "zod";
import {
  ALERT_DETECTORS,
  ALERT_DIMENSIONS,
  ALERT_KPIS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
} from "../alert-kinds.js";
import { STAFF_ROLES } from "../roles.js";

export { ALERT_DETECTORS, ALERT_DIMENSIONS, ALERT_KPIS, ALERT_SEVERITIES, ALERT_STATUSES };

// Alert rules (GET/POST /analytics/alert-rules, PUT/DELETE /analytics/alert-rules/{id}), the
// alerts they raised (GET /analytics/alerts, GET /analytics/alerts/{id}) and the batch-defect view
// (GET /analytics/quality/batches, GET /analytics/quality/batches/tickets).

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

export const ZAlertRuleInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** the name English readers see; null or empty: `name` for everyone */
    nameEn: z.string().trim().max(120).nullable().default(null),
    kpi: z.enum(ALERT_KPIS),
    dimension: z.enum(ALERT_DIMENSIONS),
    detector: z.enum(ALERT_DETECTORS),
    /** seasonal: the robust z to reach; threshold: the KPI value to reach; batch_test: the false-discovery rate */
    sensitivity: z.number().positive().max(100_000),
    /** fewest tickets (units for a batch) behind a value for it to be judged */
    minVolume: z.number().int().min(0).max(100_000).default(5),
    roles: z.array(z.enum(STAFF_ROLES)).max(5).default([]),
    userIds: z.array(z.string().min(1).max(64)).max(50).default([]),
    /** dimension region only: also the managers of the alert's region (its service network's region nodes) */
    regionManagers: z.boolean().default(false),
    /** quiet hours in the tenant's time zone; may run across midnight (22:00–07:00) */
    quietStart: clock.nullable().default(null),
    quietEnd: clock.nullable().default(null),
    cooldownHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 90)
      .default(24),
    severity: z.enum(ALERT_SEVERITIES).default("warning"),
    active: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    const batch = r.kpi === "batch_failure_rate";
    if (batch !== (r.detector === "batch_test") || batch !== (r.dimension === "model"))
      ctx.addIssue({
        code: "custom",
        path: ["detector"],
        message: "batch_failure_rate goes with detector batch_test and dimension model, and only with them",
      });
    if (r.detector === "batch_test" && r.sensitivity >= 1)
      ctx.addIssue({ code: "custom", path: ["sensitivity"], message: "a false-discovery rate below 1" });
    if ((r.quietStart === null) !== (r.quietEnd === null) || (r.quietStart && r.quietStart === r.quietEnd))
      ctx.addIssue({
        code: "custom",
        path: ["quietEnd"],
        message: "both ends of the quiet hours, different",
      });
    if (r.regionManagers && r.dimension !== "region")
      ctx.addIssue({
        code: "custom",
        path: ["regionManagers"],
        message: "the region's managers only for a rule on dimension region",
      });
    if (r.roles.length + r.userIds.length === 0 && !r.regionManagers)
      ctx.addIssue({ code: "custom", path: ["roles"], message: "at least one role or user to notify" });
  });
export type AlertRuleInput = z.input<typeof ZAlertRuleInput>;

export const ZAlertRule = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kpi: z.enum(ALERT_KPIS),
  dimension: z.enum(ALERT_DIMENSIONS),
  detector: z.enum(ALERT_DETECTORS),
  sensitivity: z.number(),
  minVolume: z.number().int(),
  roles: z.array(z.enum(STAFF_ROLES)),
  userIds: z.array(z.string()),
  regionManagers: z.boolean(),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  cooldownHours: z.number().int(),
  severity: z.enum(ALERT_SEVERITIES),
  active: z.boolean(),
  createdAt: z.string(),
});
export type AlertRule = z.infer<typeof ZAlertRule>;
export const ZAlertRules = z.object({ items: z.array(ZAlertRule) });

export const ZAlertEvidence = z.object({
  value: z.number(),
  baseline: z.number(),
  /** robust z (seasonal), null for a fixed threshold; for a batch, the rate ratio to its peers */
  z: z.number().nullable(),
  /** the daily series the detector judged (oldest first); empty for a batch */
  series: z.array(z.object({ day: z.string(), value: z.number().nullable(), n: z.number().int() })),
  tickets: z.array(z.object({ id: z.string(), number: z.string(), subject: z.string() })),
  /** a batch alert: the model and batch, its units and failures, the test's p and q values */
  batch: z
    .object({
      productId: z.string(),
      batch: z.string(),
      units: z.number().int(),
      failures: z.number().int(),
      expected: z.number(),
      p: z.number(),
      q: z.number(),
    })
    .nullable(),
});

export const ZAlert = z.object({
  id: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  /** the rule's English name, when it has one (readers in English see it instead) */
  ruleNameEn: z.string().nullable(),
  kpi: z.enum(ALERT_KPIS),
  dimension: z.enum(ALERT_DIMENSIONS),
  key: z.string(),
  label: z.string(),
  /** what the alert is about, named in English (readers in English see it instead) */
  labelEn: z.string().nullable(),
  day: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  status: z.enum(ALERT_STATUSES),
  raisedAt: z.string(),
  deliverAt: z.string(),
  deliveredAt: z.string().nullable(),
  evidence: ZAlertEvidence,
});
export type Alert = z.infer<typeof ZAlert>;
export const ZAlerts = z.object({ items: z.array(ZAlert) });

// The batch-defect view of one model.
const ZBatchRow = z.object({
  batch: z.string(),
  firstSerial: z.string(),
  lastSerial: z.string(),
  units: z.number().int(),
  failures: z.number().int(),
  /** failures per 100 unit-months in service */
  rate: z.number(),
  /** 95 % interval of the rate (exact Poisson) */
  lo: z.number(),
  hi: z.number(),
  /** failures expected at the peers' rate for the same months in service */
  expected: z.number(),
  p: z.number(),
  q: z.number(),
  flagged: z.boolean(),
});
export const ZBatchQuality = z.object({
  productId: z.string(),
  models: z.array(z.object({ id: z.string(), name: z.string(), units: z.number().int() })),
  /** how a unit's batch is read: the serial without its last three digits (a range of 1,000 serials) */
  batchRule: z.literal("serial_prefix"),
  batches: z.array(ZBatchRow),
  /** failures per 100 units by months in service, per batch (cumulative, for the curve) */
  curve: z.array(
    z.object({ batch: z.string(), points: z.array(z.object({ month: z.number().int(), rate: z.number() })) }),
  ),
  /** failures by fault (the ticket's first tag) × batch × months-in-service band */
  breakdown: z.array(
    z.object({ fault: z.string(), batch: z.string(), band: z.string(), failures: z.number().int() }),
  ),
  repeat: z.object({
    days: z.number().int(),
    repaired: z.number().int(),
    repeated: z.number().int(),
    rate: z.number(),
  }),
});
export type BatchQuality = z.infer<typeof ZBatchQuality>;

export const ZBatchTickets = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      subject: z.string(),
      type: z.string(),
      status: z.string(),
      serial: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type BatchTickets = z.infer<typeof ZBatchTickets>;
