// Analytics screens: the supervisor dashboard and an agent's own numbers. KPI names and
// definitions come from the server's catalogue (GET /kpis), in both languages.
export const analyticsEn = {
  nav: { dashboard: "KPI dashboard", mine: "My numbers" },
  title: "KPI dashboard",
  mine: "My numbers",
  period: { "30d": "Last 30 days", "12m": "Last 12 months" },
  target: "Target {{value}}",
  minutes: "{{n}} min",
  days: "{{n}} d",
  status: { met: "On target", missed: "Off target" },
  pending: "No data yet",
  openTickets: "{{kpi}}: open the tickets behind it",
  charts: { volume: "Volume and backlog", rates: "Resolution, FCR, SLA and closed-loop rates" },
};

export const analyticsZh: typeof analyticsEn = {
  nav: { dashboard: "指标看板", mine: "我的指标" },
  title: "指标看板",
  mine: "我的指标",
  period: { "30d": "近 30 天", "12m": "近 12 个月" },
  target: "目标 {{value}}",
  minutes: "{{n}} 分钟",
  days: "{{n}} 天",
  status: { met: "达标", missed: "未达标" },
  pending: "暂无数据",
  openTickets: "{{kpi}}：查看对应工单",
  charts: { volume: "工单量与未结工单", rates: "解决率、首次解决率、SLA 按时率与闭环率" },
};
