import { z } from "@hono/zod-openapi";
import { CHANNELS, CUSTOMER_TIERS, PRIORITIES, TICKET_TYPES } from "../../../shared/domain.js";
import { CUSTOMER_GROUP_BYS, CUSTOMER_KPIS } from "./kpis/customer-kpis.js";
import { GROUP_BYS, TIME_GROUPS } from "./kpis/dimensions.js";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a date");

// What each `groupBy` of GET /kpis/{kpi} names its series' keys by (one line per GROUP_BYS value:
// a value without one fails the type check).
const GROUP_BY_KEYS: Record<(typeof GROUP_BYS)[number], string> = {
  day: "creation day, YYYY-MM-DD",
  week: "ISO week named by its Monday, YYYY-MM-DD",
  month: "YYYY-MM",
  priority: PRIORITIES.join(", "),
  type: TICKET_TYPES.join(", "),
  channel: CHANNELS.join(", "),
  agent: "assignee's user id",
  team: "team id",
  product: "product id of the ticket's unit",
  tier: CUSTOMER_TIERS.join(", "),
  model: "model: the unit's product SKU",
  line: "product line: the product's category",
  region: "customer's province, GB/T 2260 2-digit code",
};
const GROUP_BY_HELP = `Break the value down into a series (tenant time zone for days). Keys: ${Object.entries(
  GROUP_BY_KEYS,
)
  .map(([g, k]) => `${g} (${k})`)
  .join(
    "; ",
  )}; "" = none (unassigned, no unit, no address). The customer KPIs (${CUSTOMER_KPIS.map((k) => k.id).join(", ")}) are counted on customers and take only ${CUSTOMER_GROUP_BYS.join(", ")} (anything else is a 400).`;

export const ZKpiParam = z.object({ kpi: z.string().max(64) });
// from/to default to the last 30 days up to today (tenant time zone).
export const ZKpiQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  groupBy: z.enum(GROUP_BYS).optional().openapi({ description: GROUP_BY_HELP }),
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
