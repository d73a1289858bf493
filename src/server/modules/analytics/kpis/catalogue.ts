import type { Measures } from "./measures.js";

type KpiUnit = "count" | "minutes" | "ratio" | "score" | "days" | "yuan";
// Which way is better: a target is a floor for "higher", a ceiling for "lower"; "neutral" has none.
type KpiDirection = "higher" | "lower" | "neutral";

export type KpiDefinition = {
  id: string;
  name: { zh: string; en: string };
  definition: { zh: string; en: string };
  formula: string;
  unit: KpiUnit;
  direction: KpiDirection;
  // The seed default (001 §6.1); each tenant may set its own.
  defaultTarget: number | null;
  // Null when there is nothing to measure (no ticket in the denominator, or the data source has not
  // landed yet).
  compute: (m: Measures) => number | null;
  // The ticket list filters that show the tickets behind the number (queue URL parameters).
  drill: Record<string, string>;
  // Set while the module that produces the data has not landed: the KPI answers null.
  pendingSource?: string;
};

const ratio = (num: number, den: number) => (den === 0 ? null : num / den);
const minutes = (ms: number, n: number) => (n === 0 ? null : ms / n / 60_000);
const days = (ms: number, n: number) => (n === 0 ? null : ms / n / 86_400_000);

// Every KPI, defined once: the API, the dashboard, the README and the tests read this list.
export const KPIS: readonly KpiDefinition[] = [
  {
    id: "volume",
    name: { zh: "工单量", en: "Ticket volume" },
    definition: { zh: "期间内新建的工单数。", en: "Tickets created in the period." },
    formula: "count(created)",
    unit: "count",
    direction: "neutral",
    defaultTarget: null,
    compute: (m) => m.created,
    drill: {},
  },
  {
    id: "backlog",
    name: { zh: "未结工单", en: "Backlog" },
    definition: {
      zh: "期间内新建、目前仍未解决的工单数。",
      en: "Tickets created in the period that are still open now.",
    },
    formula: "count(created and status open)",
    unit: "count",
    direction: "lower",
    defaultTarget: null,
    compute: (m) => m.open,
    drill: { status: "new,assigned,in_progress,pending_customer,pending_parts,pending_third_party" },
  },
  {
    id: "first_response_minutes_avg",
    name: { zh: "平均首次响应时长 (AFR)", en: "Average first response (AFR)" },
    definition: {
      zh: "从建单到首次回复客户的平均自然时长（分钟），只计已有首次回复的工单。",
      en: "Mean wall-clock minutes from creation to the first reply to the customer, over tickets that have one.",
    },
    formula: "sum(firstRespondedAt − createdAt) ÷ count(with firstRespondedAt)",
    unit: "minutes",
    direction: "lower",
    defaultTarget: 60,
    compute: (m) => minutes(m.firstResponseMs, m.firstResponseN),
    drill: {},
  },
  {
    id: "resolution_minutes_avg",
    name: { zh: "平均解决时长 (ART)", en: "Average resolution time (ART)" },
    definition: {
      zh: "从建单到第一次解决的平均自然时长（分钟），只计已解决过的工单。",
      en: "Mean wall-clock minutes from creation to the first resolution, over tickets resolved at least once.",
    },
    formula: "sum(first resolved − createdAt) ÷ count(resolved at least once)",
    unit: "minutes",
    direction: "lower",
    defaultTarget: 1440,
    compute: (m) => minutes(m.resolutionMs, m.resolvedN),
    drill: {},
  },
  {
    id: "resolution_rate",
    name: { zh: "解决率", en: "Resolution rate" },
    definition: {
      zh: "期间内新建的工单中，目前已解决或已关闭的比例。",
      en: "Share of the tickets created in the period that are now resolved or closed.",
    },
    formula: "count(status resolved or closed) ÷ count(created)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.98,
    compute: (m) => ratio(m.doneNow, m.created),
    drill: { status: "resolved,closed" },
  },
  {
    id: "closed_loop_rate",
    name: { zh: "闭环率（客户确认）", en: "Closed-loop rate (customer confirmed)" },
    definition: {
      zh: "已解决或已关闭的工单中，已关闭（客户确认或回访确认、静默期满）的比例。",
      en: "Of the tickets resolved or closed, the share closed (confirmed by the customer or a callback, or the silence period passed).",
    },
    formula: "count(status closed) ÷ count(status resolved or closed)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.9,
    compute: (m) => ratio(m.closedNow, m.doneNow),
    drill: { status: "closed" },
  },
  {
    id: "reopen_rate",
    name: { zh: "重开率", en: "Reopen rate" },
    definition: {
      zh: "解决过的工单中，被客户驳回或重新打开过的比例。",
      en: "Of the tickets resolved at least once, the share rejected or reopened at least once.",
    },
    formula: "count(resolved and reopened ≥ 1) ÷ count(resolved at least once)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.05,
    compute: (m) => ratio(m.reopenedN, m.resolvedN),
    drill: {},
  },
  {
    id: "fcr_rate",
    name: { zh: "首次解决率 (FCR)", en: "First-contact resolution (FCR)" },
    definition: {
      zh: "解决过的工单中，由一名坐席处理且从未被驳回或重开的比例。",
      en: "Of the tickets resolved at least once, the share handled by one agent and never rejected or reopened.",
    },
    formula: "count(resolved, reopened = 0, assignees ≤ 1) ÷ count(resolved at least once)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.85,
    compute: (m) => ratio(m.fcrN, m.resolvedN),
    drill: {},
  },
  {
    id: "sla_on_time_rate",
    name: { zh: "SLA 按时率", en: "SLA on-time rate" },
    definition: {
      zh: "有 SLA 且结果已定（已超时，或已解决/关闭）的工单中，未超时的比例。",
      en: "Of the tickets with an SLA whose outcome is known (breached, or resolved/closed), the share never breached.",
    },
    formula: "count(SLA, no breach, done) ÷ count(SLA and (breached or done))",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.95,
    compute: (m) => ratio(m.slaOnTimeN, m.slaN),
    drill: {},
  },
  {
    id: "escalation_rate",
    name: { zh: "升级率", en: "Escalation rate" },
    definition: { zh: "新建工单中被升级过的比例。", en: "Share of the tickets created that were escalated." },
    formula: "count(escalation level > 0) ÷ count(created)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.1,
    compute: (m) => ratio(m.escalatedN, m.created),
    drill: {},
  },
  {
    id: "complaint_rate",
    name: { zh: "投诉率", en: "Complaint rate" },
    definition: {
      zh: "新建工单中类型为投诉的比例。",
      en: "Share of the tickets created that are complaints.",
    },
    formula: "count(type complaint) ÷ count(created)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.02,
    compute: (m) => ratio(m.complaintN, m.created),
    drill: { type: "complaint" },
  },
  {
    id: "parts_usage_rate",
    name: { zh: "备件使用率", en: "Parts usage rate" },
    definition: {
      zh: "每次维修平均领用的备件数：期间内新建、已解决过的维修工单所领用的备件数 ÷ 这些维修工单数。",
      en: "Parts used per repair: the parts consumed by repair tickets created in the period and resolved at least once, divided by those repairs.",
    },
    formula: "sum(parts consumed) ÷ count(repairs resolved at least once)",
    unit: "score",
    direction: "neutral",
    defaultTarget: null,
    compute: (m) => ratio(m.repairPartsN, m.repairN),
    drill: { type: "repair" },
  },
  {
    id: "parts_wait_days_avg",
    name: { zh: "平均待备件天数", en: "Days waiting for parts" },
    definition: {
      zh: "等过缺货备件的工单平均等待天数：从缺货预留到到货补足（同时等待的多个备件只计一次）。",
      en: "Mean days a ticket that waited for a back-ordered part waited, from the back-order to the fill (parts awaited at the same time count once).",
    },
    formula: "sum(back-order → fill, per ticket) ÷ count(tickets that waited)",
    unit: "days",
    direction: "lower",
    defaultTarget: 3,
    compute: (m) => days(m.partsWaitMs, m.partsWaitN),
    drill: {},
  },
  {
    id: "csat_avg",
    name: { zh: "客户满意度 (CSAT)", en: "Customer satisfaction (CSAT)" },
    definition: {
      zh: "满意度调查的平均分（5 分制）。调查模块上线后计入。",
      en: "Mean survey score out of 5. Counted once the survey module lands.",
    },
    formula: "sum(score) ÷ count(answered surveys)",
    unit: "score",
    direction: "higher",
    defaultTarget: 4.5,
    compute: () => null,
    drill: {},
    pendingSource: "surveys",
  },
  {
    id: "nps",
    name: { zh: "净推荐值 (NPS)", en: "Net promoter score (NPS)" },
    definition: {
      zh: "推荐者（9–10 分）占比减去贬损者（0–6 分）占比，×100。调查模块上线后计入。",
      en: "Share of promoters (9–10) minus share of detractors (0–6), × 100. Counted once the survey module lands.",
    },
    formula: "100 × (promoters − detractors) ÷ answers",
    unit: "score",
    direction: "higher",
    defaultTarget: 30,
    compute: () => null,
    drill: {},
    pendingSource: "surveys",
  },
  {
    id: "callback_rate",
    name: { zh: "回访率", en: "Callback rate" },
    definition: {
      zh: "期间内新建并已解决的工单中，完成回访（接通，或多次未接通后按策略自动确认）的比例。",
      en: "Share of the period's resolved tickets whose callback finished (reached, or auto-confirmed after unanswered attempts).",
    },
    formula: "count(callback finished) ÷ count(resolved at least once)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.8,
    compute: (m) => ratio(m.callbackN, m.resolvedN),
    drill: {},
  },
  {
    id: "callback_fixed_rate",
    name: { zh: "回访解决确认率", en: "Callback: confirmed fixed" },
    definition: {
      zh: "接通的回访中，客户确认问题已解决的比例（其余为未解决重开或转投诉）。",
      en: "Share of reached callbacks in which the customer confirmed the fix (the rest were reopened or became complaints).",
    },
    formula: "count(callback confirmed) ÷ count(callback reached)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.9,
    compute: (m) => ratio(m.callbackFixedN, m.callbackReachedN),
    drill: {},
  },
  {
    id: "callback_unreachable_rate",
    name: { zh: "回访未接通率", en: "Callback: unreachable" },
    definition: {
      zh: "完成的回访中，多次未接通后自动确认的比例。",
      en: "Share of finished callbacks that were auto-confirmed after the customer could not be reached.",
    },
    formula: "count(callback auto-confirmed) ÷ count(callback finished)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.2,
    compute: (m) => ratio(m.callbackAutoN, m.callbackN),
    drill: {},
  },
  {
    id: "callback_score_avg",
    name: { zh: "回访满意度", en: "Callback satisfaction" },
    definition: {
      zh: "回访中客户给出的满意度平均分（5 分制）。",
      en: "Mean satisfaction score (out of 5) customers gave on callbacks.",
    },
    formula: "sum(callback score) ÷ count(callbacks with a score)",
    unit: "score",
    direction: "higher",
    defaultTarget: 4.5,
    compute: (m) => ratio(m.callbackScoreSum, m.callbackScoreN),
    drill: {},
  },
  {
    id: "remote_share",
    name: { zh: "远程服务占比", en: "Remote service share" },
    definition: {
      zh: "期间内新建工单完成的服务中，远程诊断（电话/视频）所占的比例；其余为上门服务（安装、送货、维修、保养、巡检）。",
      en: "Of the field visits finished for the tickets created in the period, the share that were remote diagnoses (phone/video); the rest were on site (installation, delivery, repair, maintenance, inspection).",
    },
    formula: "count(finished remote visits) ÷ count(finished visits)",
    unit: "ratio",
    direction: "neutral",
    defaultTarget: null,
    compute: (m) => ratio(m.remoteVisitN, m.visitN),
    drill: {},
  },
  {
    id: "remote_success_rate",
    name: { zh: "远程服务成功率", en: "Remote service success rate" },
    definition: {
      zh: "完成的远程诊断中，远程即解决、无需上门的比例（与远程诊断成功率报表同一口径，按工单创建日计）。",
      en: "Of the finished remote diagnoses, the share solved remotely without a trip (the remote-diagnosis success figure, counted by the ticket's creation day).",
    },
    formula: "count(remote visits solved remotely) ÷ count(remote visits finished with an outcome)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: 0.9,
    compute: (m) => ratio(m.remoteSolvedN, m.remoteOutcomeN),
    drill: {},
  },
  {
    id: "repeat_repair_rate",
    name: { zh: "重复维修率", en: "Repeat repair rate" },
    definition: {
      zh: "期间内新建、关联了机器的维修工单中，同一台机器在此前 90 天内已有另一张维修工单的比例。",
      en: "Of the repair tickets created in the period for a known unit, the share whose unit already had another repair ticket created in the 90 days before.",
    },
    formula:
      "count(repair on a unit with another repair created ≤ 90 days before) ÷ count(repairs on a known unit)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.05,
    compute: (m) => ratio(m.repeatRepairN, m.unitRepairN),
    drill: { type: "repair" },
  },
  {
    id: "rework_rate",
    name: { zh: "返工率（二次上门）", en: "Rework rate (return visits)" },
    definition: {
      zh: "有已完成上门服务的工单中，同一类上门服务完成了两次及以上（技师须再次上门返工或补做）的比例。远程诊断不计入。",
      en: "Of the tickets with a finished on-site visit, the share with a second finished on-site visit of the same kind (the technician had to go back to redo or finish the job). Remote diagnoses do not count.",
    },
    formula:
      "count(tickets with ≥ 2 finished on-site visits of one kind) ÷ count(tickets with a finished on-site visit)",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.05,
    compute: (m) => ratio(m.reworkN, m.onsiteTicketN),
    drill: {},
  },
  {
    id: "cost_per_ticket",
    name: { zh: "单均服务成本", en: "Cost per ticket" },
    definition: {
      zh: "期间内新建工单的平均服务成本（元）：领用备件按备件目录价计，加上已完成上门次数 × 每次上门成本，再加上技师签到至签退的时长 × 每小时成本（两项费率由租户设置）。坐席处理时长未记录，不计入。",
      en: "Mean service cost (yuan) of the tickets created in the period: parts consumed at their catalogue price, plus finished on-site visits × the cost per visit, plus the technician's checked-in time (check-in → check-out) × the hourly cost (both rates set by the tenant). Agents' handling time is not recorded, so it is not counted.",
    },
    formula:
      "(sum(parts consumed × price) + sum(on-site visits × cost per visit + checked-in hours × hourly cost)) ÷ count(created)",
    unit: "yuan",
    direction: "lower",
    defaultTarget: null,
    compute: (m) => (m.created === 0 ? null : (m.partsCostCents + m.serviceCostCents) / m.created / 100),
    drill: {},
  },
];

// Whether a value meets the tenant's target (none for neutral KPIs or without a value or target).
export function targetStatus(
  k: Pick<KpiDefinition, "direction">,
  value: number | null,
  target: number | null,
): "met" | "missed" | null {
  if (value === null || target === null || k.direction === "neutral") return null;
  return (k.direction === "higher" ? value >= target : value <= target) ? "met" : "missed";
}

export const findKpi = (id: string): KpiDefinition | undefined => KPIS.find((k) => k.id === id);
