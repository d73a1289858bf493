// The parts-demand screen (Analytics II): weekly consumption forecast per part and stock site,
// its backtest beside naive's, and what it would order.
export const partsDemandEn = {
  nav: "Parts demand forecast",
  title: "Parts demand forecast",
  intro:
    "Weekly consumption per part and stock site over the last {{weeks}} weeks, forecast with Croston's method (SBA). Each line shows its backtest over {{ahead}}-week horizons: MASE (below the naive figure means the model predicts better than repeating last week's demand) and how often the actual fell inside the 80 % interval, both next to naive's.",
  firstWeek: "Forecast from the week of {{date}}",
  site: "Stock site",
  allSites: "All sites",
  empty: "No parts consumed in the last two years.",
  col: {
    part: "Part",
    site: "Site",
    weekly: "Per week (80 % interval)",
    ahead: "Next {{weeks}} weeks",
    mase: "MASE · model vs naive",
    coverage: "80 % interval held · model vs naive",
    available: "Available",
    order: "Order (forecast / reorder point)",
  },
  beats: "Beats naive",
  loses: "Not better than naive",
  noBacktest: "Too little history",
  versus: "{{model}} vs {{naive}}",
  orderHint:
    "Forecast: enough for {{weeks}} weeks at the 80 % high, less what is available and inbound, plus back-orders. Reorder point: the purchase list's rule.",
};

export const partsDemandZh: typeof partsDemandEn = {
  nav: "备件需求预测",
  title: "备件需求预测",
  intro:
    "按备件和库点统计近 {{weeks}} 周的每周消耗，用 Croston 法（SBA）预测。每行给出以 {{ahead}} 周为预测跨度的回测：MASE（低于朴素法的数值说明模型比“照搬上周用量”更准）以及实际值落在 80 % 区间内的比例，均与朴素法并列。",
  firstWeek: "自 {{date}} 所在周起预测",
  site: "库点",
  allSites: "全部库点",
  empty: "近两年没有备件消耗。",
  col: {
    part: "备件",
    site: "库点",
    weekly: "每周（80 % 区间）",
    ahead: "未来 {{weeks}} 周",
    mase: "MASE · 模型 / 朴素法",
    coverage: "80 % 区间命中 · 模型 / 朴素法",
    available: "可用",
    order: "建议订购（预测 / 再订货点）",
  },
  beats: "优于朴素法",
  loses: "不优于朴素法",
  noBacktest: "历史不足",
  versus: "{{model}} / {{naive}}",
  orderHint: "预测：按 80 % 上限备足 {{weeks}} 周用量，减去可用与在途，加上欠货。再订货点：采购建议的规则。",
};
