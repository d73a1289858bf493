import { z } from "zod";
import { PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../domain.js";

// GET /analytics/kpis/{kpi}/tickets: the tickets behind a KPI's number over a range.
const ZBehindTicket = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(PRIORITIES),
  type: z.enum(TICKET_TYPES),
  createdAt: z.string(),
  assigneeName: z.string().nullable(),
});
export const ZKpiTickets = z.object({
  kpi: z.string(),
  from: z.string(),
  to: z.string(),
  // How many tickets are behind the number (all pages).
  total: z.number().int(),
  items: z.array(ZBehindTicket),
  nextCursor: z.string().nullable(),
});
export type KpiTickets = z.infer<typeof ZKpiTickets>;

// GET /analytics/wallboard: the live queue and today's KPIs, for the service centre's TV.
export const ZWallboard = z.object({
  at: z.string(),
  today: z.string(),
  queue: z.object({
    open: z.number().int(),
    unassigned: z.number().int(),
    slaWarning: z.number().int(),
    slaBreached: z.number().int(),
    pendingParts: z.number().int(),
    createdToday: z.number().int(),
    resolvedToday: z.number().int(),
    agentsOnline: z.number().int(),
  }),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      unit: z.enum(["count", "minutes", "ratio", "score", "days", "yuan"]),
      value: z.number().nullable(),
      target: z.number().nullable(),
      status: z.enum(["met", "missed"]).nullable(),
    }),
  ),
});
export type Wallboard = z.infer<typeof ZWallboard>;
