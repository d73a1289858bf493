import type { ReportDimension } from "../../../../shared/api/analytics-reports.js";
import type { CustomerSegment } from "../../../../shared/api/insight.js";
import type { Locale } from "../../../../shared/i18n/locale.js";

// The words an exported report carries in its header, in the requester's language.
const DIMENSIONS: Record<ReportDimension, { zh: string; en: string }> = {
  day: { zh: "日期", en: "Day" },
  week: { zh: "周（周一）", en: "Week (Monday)" },
  month: { zh: "月份", en: "Month" },
  priority: { zh: "优先级", en: "Priority" },
  type: { zh: "类型", en: "Type" },
  channel: { zh: "渠道", en: "Channel" },
  agent: { zh: "处理人", en: "Agent" },
  team: { zh: "团队", en: "Team" },
  product: { zh: "产品", en: "Product" },
  tier: { zh: "客户等级", en: "Customer tier" },
  model: { zh: "型号", en: "Model" },
  line: { zh: "产品线", en: "Product line" },
  region: { zh: "区域（省）", en: "Region (province)" },
  segment: { zh: "客户分群", en: "Customer segment" },
};
// Customer insight's segment names (as src/web/i18n/insight.ts shows them), for a report's keys.
const SEGMENTS: Record<CustomerSegment, { zh: string; en: string }> = {
  vip_at_risk: { zh: "高价值·有风险", en: "High value at risk" },
  champions: { zh: "忠实拥护者", en: "Champions" },
  high_value: { zh: "高价值", en: "High value" },
  unhappy: { zh: "不满意", en: "Unhappy" },
  frequent_contacts: { zh: "频繁联系", en: "Frequent contacts" },
  new: { zh: "新客户", en: "New" },
  dormant: { zh: "沉睡客户", en: "Dormant" },
  steady: { zh: "稳定客户", en: "Steady" },
};
const WORDS = {
  total: { zh: "合计", en: "Total" },
  none: { zh: "（无）", en: "(none)" },
};

const lang = (l: Locale) => (l === "en" ? "en" : "zh");
export const dimensionName = (d: ReportDimension, l: Locale) => DIMENSIONS[d][lang(l)];
export const segmentName = (s: string, l: Locale) => SEGMENTS[s as CustomerSegment]?.[lang(l)] ?? s;
export const reportWord = (w: keyof typeof WORDS, l: Locale) => WORDS[w][lang(l)];
