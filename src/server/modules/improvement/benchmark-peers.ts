// Peers' published service promises for the benchmarking table: demo values taken from public
// pages (cited per row). They are illustrative figures for the demo tenant, not a survey: each
// brand's terms differ by product line and year, and a tenant replaces them with its own research.
export const BENCHMARK_PEERS = [
  {
    name: { zh: "海尔（家用空调）", en: "Haier (home air conditioners)" },
    responseHours: 24,
    onSiteHours: 48,
    warranty: { zh: "整机 6 年，压缩机 10 年", en: "Whole unit 6 years, compressor 10 years" },
    source: "https://m.fqmxn.com/1/595150.html",
    sourceNote: {
      zh: "第三方问答页对海尔空调保修与上门承诺的摘要（演示数据）",
      en: "Third-party Q&A summary of Haier's air-conditioner warranty and visit promise (demo value)",
    },
  },
  {
    name: { zh: "格力（家用空调）", en: "Gree (home air conditioners)" },
    responseHours: null,
    onSiteHours: null,
    warranty: {
      zh: "整机 10 年包修（2021 起；2005 起为 6 年）",
      en: "Whole unit 10 years (from 2021; 6 years from 2005)",
    },
    source: "https://soword.cn/articles/3365.html",
    sourceNote: {
      zh: "新闻转载：格力家用空调“十年包修”政策（演示数据）",
      en: "News reprint: Gree's ten-year warranty for home air conditioners (demo value)",
    },
  },
  {
    name: { zh: "美的（家用空调）", en: "Midea (home air conditioners)" },
    responseHours: 24,
    onSiteHours: null,
    warranty: { zh: "整机 6 年（2012-11-15 起购买）", en: "Whole unit 6 years (bought from 2012-11-15)" },
    source: "https://www.midea.com.cn",
    sourceNote: {
      zh: "公开摘要中的美的空调包修政策，未找到原文页面，使用前请核实（演示数据）",
      en: "Midea's policy as publicly summarised; original page not located, verify before use (demo value)",
    },
  },
  {
    name: { zh: "国家三包规定（底线）", en: "PRC 三包 rules (the legal floor)" },
    responseHours: null,
    onSiteHours: null,
    warranty: { zh: "整机 1 年，主要部件 3 年", en: "Whole unit 1 year, main parts 3 years" },
    source: "https://www.samr.gov.cn",
    sourceNote: {
      zh: "《家用电器三包规定》类别要求（演示数据，以现行规定为准）",
      en: "The household-appliance 三包 category terms (demo value; the current regulation prevails)",
    },
  },
] as const;
