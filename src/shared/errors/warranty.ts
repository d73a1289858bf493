import type { ErrorEntry } from "./entry.js";

// Field messages of the 三包 evaluation and the tenant's 三包 settings (all 400: bad input).
export const WARRANTY_ERRORS = {
  "warranty.invalid_moment": {
    status: 400,
    en: "Not a valid date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:mm).",
    zh: "不是有效的日期（YYYY-MM-DD）或日期时间（YYYY-MM-DDTHH:mm）。",
  },
  "warranty.invalid_category_code": {
    status: 400,
    en: "A category code uses lower-case letters, digits and _ and starts with a letter.",
    zh: "品类代码只能使用小写字母、数字和下划线，并以字母开头。",
  },
  "warranty.field_required_without_unit": {
    status: 400,
    en: "Required when no unit serial is given.",
    zh: "未提供产品序列号时必须填写。",
  },
  "warranty.date_after_request": {
    status: 400,
    en: "This date is after the request date.",
    zh: "该日期晚于申请日期。",
  },
  "warranty.repair_ends_before_start": {
    status: 400,
    en: "The repair ends before it starts.",
    zh: "维修结束时间早于开始时间。",
  },
  "warranty.one_open_repair": {
    status: 400,
    en: "Only one repair can still be open (end: null).",
    zh: "只能有一次尚未完成的维修（end 为 null）。",
  },
  "warranty.unknown_category": {
    status: 400,
    en: "No such 三包 category.",
    zh: "没有这个三包品类。",
  },
  "warranty.rule_category_mismatch": {
    status: 400,
    en: "This rule cannot decide this category (e.g. the car rule for a television).",
    zh: "该规定不适用于此品类（例如用家用汽车三包规定判定电视机）。",
  },
  "warranty.below_legal_minimum": {
    status: 400,
    en: "Less than the legal minimum: a tenant may be more generous than the law, never less.",
    zh: "低于法定标准：企业可以作出高于法律规定的承诺，但不能低于法定标准。",
  },
  "warranty.incomplete_category": {
    status: 400,
    en: "A new category needs this field.",
    zh: "新增品类必须填写此项。",
  },
  "warranty.builtin_family_fixed": {
    status: 400,
    en: "The rule family of a built-in category cannot change.",
    zh: "内置品类适用的规定不能更改。",
  },
  "warranty.plan_not_found": {
    status: 404,
    en: "No such extended warranty plan.",
    zh: "没有这个延保计划。",
  },
  "warranty.plan_not_applicable": {
    status: 422,
    en: "This plan does not cover the unit's 三包 category ({category}).",
    zh: "该延保计划不适用于此设备的三包品类（{category}）。",
  },
  "warranty.plan_inactive": {
    status: 422,
    en: "This plan is no longer sold.",
    zh: "该延保计划已停售。",
  },
} as const satisfies Record<string, ErrorEntry>;
