import type { ErrorEntry } from "./entry.js";

export const SURVEYS_ERRORS = {
  "survey.not_found": { status: 404, en: "No such survey.", zh: "没有这个问卷。" },
  "survey.schedule_required": {
    status: 400,
    en: "A periodic survey needs its schedule: the month of the quarter and the day.",
    zh: "定期问卷需要设置发送时间：季度中的第几个月和日期。",
  },
  "survey.audience_periodic_only": {
    status: 400,
    en: "Only a periodic survey's rounds can go to a customer segment.",
    zh: "只有定期问卷的轮次可以指定客户分群。",
  },
  "survey.link_invalid": {
    status: 404,
    en: "This survey link is not valid.",
    zh: "此问卷链接无效。",
  },
  "survey.link_expired": {
    status: 422,
    en: "This survey link has expired.",
    zh: "此问卷链接已过期。",
  },
  "survey.already_answered": {
    status: 409,
    en: "This survey has already been answered with this link.",
    zh: "此链接的问卷已经提交过了。",
  },
  "survey.invalid_answer": {
    status: 400,
    en: "Answer to question {question} is not valid.",
    zh: "问题 {question} 的回答无效。",
  },
  "survey.empty_answer": {
    status: 400,
    en: "Answer at least one question.",
    zh: "请至少回答一个问题。",
  },
  "survey.duplicate_question": {
    status: 400,
    en: "Question id {question} is used twice.",
    zh: "问题编号 {question} 重复。",
  },
  "survey.options_required": {
    status: 400,
    en: "Question {question} needs its options.",
    zh: "问题 {question} 需要选项。",
  },
  "survey.bad_condition": {
    status: 400,
    en: "The condition of question {question} must refer to an earlier question without a condition, with a comparison and values that question can take.",
    zh: "问题 {question} 的显示条件必须引用前面一个没有条件的问题，且比较方式和取值要符合该问题。",
  },
  "survey.answer_missing": {
    status: 400,
    en: "Question {question} needs an answer.",
    zh: "问题 {question} 必须回答。",
  },
  "survey.question_kind_changed": {
    status: 409,
    en: "Question {question} already has answers; its kind cannot change. Add a new question instead.",
    zh: "问题 {question} 已有回答，不能更改题型。请新增一个问题。",
  },
  "survey.customer_not_found": { status: 404, en: "No such customer.", zh: "没有这个客户。" },
  "survey.followup_not_found": { status: 404, en: "No such follow-up task.", zh: "没有这个跟进任务。" },
} as const satisfies Record<string, ErrorEntry>;
