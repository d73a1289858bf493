import type { ErrorEntry } from "./entry.js";

export const IMPROVEMENT_ERRORS = {
  "improvement.item_not_found": { status: 404, en: "No such backlog item.", zh: "没有这个改进项。" },
  "improvement.cycle_not_found": { status: 404, en: "No such PDCA cycle.", zh: "没有这个 PDCA 循环。" },
  "improvement.task_not_found": {
    status: 404,
    en: "No such task in this cycle.",
    zh: "这个循环中没有该任务。",
  },
  "improvement.evidence_not_found": {
    status: 400,
    en: "The evidence {kind} “{ref}” was not found.",
    zh: "找不到证据：{kind}“{ref}”。",
  },
  "improvement.evidence_period_required": {
    status: 400,
    en: "A KPI as evidence needs its period (from and to).",
    zh: "以 KPI 作为证据时，请填写期间（起止日期）。",
  },
  "improvement.weights_all_zero": {
    status: 400,
    en: "At least one criterion must have a weight above zero.",
    zh: "至少要有一个评分维度的权重大于 0。",
  },
  "improvement.kpi_unknown": {
    status: 400,
    en: "“{kpi}” is not a KPI of the analytics catalogue.",
    zh: "“{kpi}”不是分析指标目录中的指标。",
  },
  "improvement.owner_unknown": {
    status: 400,
    en: "The owner must be an active staff member of this tenant.",
    zh: "负责人必须是本租户在职的员工。",
  },
  "improvement.item_closed": {
    status: 409,
    en: "This item is done or dropped; reopen it before starting a cycle.",
    zh: "该改进项已完成或已放弃，请先重新打开再开始循环。",
  },
  "improvement.cycle_running": {
    status: 409,
    en: "This item already has a cycle under way.",
    zh: "该改进项已有进行中的循环。",
  },
  "improvement.illegal_move": {
    status: 409,
    en: "The cycle cannot make this move from its current phase (plan → do → check → act).",
    zh: "循环在当前阶段不能这样转换（计划 → 执行 → 检查 → 处置）。",
  },
  "improvement.tasks_open": {
    status: 409,
    en: "Finish the cycle's tasks ({open} open) before checking the results.",
    zh: "请先完成循环中的任务（还有 {open} 项未完成），再检查效果。",
  },
  "improvement.no_tasks": {
    status: 409,
    en: "Add at least one task before starting the do phase.",
    zh: "进入执行阶段前，请至少添加一项任务。",
  },
  "improvement.not_in_phase": {
    status: 409,
    en: "The cycle's current phase does not allow this change.",
    zh: "循环的当前阶段不允许此操作。",
  },
  "improvement.article_not_found": {
    status: 400,
    en: "The SOP / article to update was not found.",
    zh: "找不到要更新的 SOP／知识文章。",
  },
  "improvement.article_title_required": {
    status: 400,
    en: "Give the new SOP / article a title, or choose one to update.",
    zh: "请为新的 SOP／知识文章填写标题，或选择一篇要更新的文章。",
  },
  "improvement.kano_link_invalid": {
    status: 404,
    en: "This questionnaire link is not valid.",
    zh: "这个问卷链接无效。",
  },
} as const satisfies Record<string, ErrorEntry>;
