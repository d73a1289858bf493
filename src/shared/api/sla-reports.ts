import { z } from "zod";
import { PRIORITIES } from "../domain.js";
import { SLA_REPORT_GROUPS } from "../sla-report-groups.js";

const ZMetric = z.enum(["first_response", "next_response", "resolution"]);
const ZAlarm = z.enum(["warning", "breached"]);

const ZMonitorTicket = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  priority: z.enum(PRIORITIES),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  slaState: ZAlarm,
  slaDueAt: z.string().nullable(),
});
export type MonitorTicket = z.infer<typeof ZMonitorTicket>;

// GET /sla/monitor: open tickets at risk or breached, counted by team and priority.
export const ZSlaMonitor = z.object({
  atRisk: z.number().int(),
  breached: z.number().int(),
  byGroup: z.array(
    z.object({
      teamId: z.string().nullable(),
      priority: z.enum(PRIORITIES),
      state: ZAlarm,
      count: z.number().int(),
    }),
  ),
  atRiskTickets: z.array(ZMonitorTicket),
  breachedTickets: z.array(ZMonitorTicket),
});
export type SlaMonitor = z.infer<typeof ZSlaMonitor>;

const ZSlaReportRow = z.object({
  metric: ZMetric,
  key: z.string(),
  targets: z.number().int(),
  met: z.number().int(),
  // Targets still running or paused: no outcome yet, outside the met share.
  running: z.number().int(),
  // Met over finished (met + breached); null when none has finished.
  metPercent: z.number().nullable(),
  avgBusinessMinutes: z.number().nullable(),
  p90BusinessMinutes: z.number().nullable(),
  breaches: z.number().int(),
});
export type SlaReportRow = z.infer<typeof ZSlaReportRow>;

// GET /sla/report: targets met and missed per metric and group over a period.
export const ZSlaReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(SLA_REPORT_GROUPS),
  rows: z.array(ZSlaReportRow),
});
export type SlaReport = z.infer<typeof ZSlaReport>;
