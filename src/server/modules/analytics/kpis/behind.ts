import type { Measure } from "./measures.js";

// The tickets behind each KPI's number: the tickets of the range whose measure is non-zero — the
// numerator of a rate, the tickets an average is taken over, the tickets a count counts. So the
// drill-down list of a count has exactly as many tickets as the number shown.
const BEHIND: Record<string, Measure> = {
  volume: "created",
  backlog: "open",
  first_response_minutes_avg: "firstResponseN",
  resolution_minutes_avg: "resolvedN",
  resolution_rate: "doneNow",
  closed_loop_rate: "closedNow",
  reopen_rate: "reopenedN",
  fcr_rate: "fcrN",
  sla_on_time_rate: "slaOnTimeN",
  escalation_rate: "escalatedN",
  complaint_rate: "complaintN",
  parts_usage_rate: "repairN",
  parts_wait_days_avg: "partsWaitN",
  callback_rate: "callbackN",
  callback_fixed_rate: "callbackFixedN",
  callback_unreachable_rate: "callbackAutoN",
  callback_score_avg: "callbackScoreN",
};

// A KPI not listed (one whose data arrives from a module landing later) shows the tickets it is
// computed over: every ticket created in the range.
export const ticketsBehind = (kpiId: string): Measure => BEHIND[kpiId] ?? "created";
