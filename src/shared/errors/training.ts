import type { ErrorEntry } from "./entry.js";

// Training, exams, certification and skill contests (the People area).
export const TRAINING_ERRORS = {
  "certification.user_not_found": {
    status: 404,
    en: "No such staff member.",
    zh: "没有这名员工。",
  },
  "certification.valid_until_past": {
    status: 400,
    en: "A certification must be valid until today or later.",
    zh: "证书有效期不能早于今天。",
  },
  "certification.not_found": { status: 404, en: "No such certification.", zh: "没有这张证书。" },
  "training.programme_not_found": { status: 404, en: "No such programme.", zh: "没有这个培训项目。" },
  "training.assignment_not_found": {
    status: 404,
    en: "No such training assignment.",
    zh: "没有这项培训任务。",
  },
  "training.item_not_found": {
    status: 404,
    en: "This programme has no such item.",
    zh: "这个培训项目中没有此内容。",
  },
  "training.article_not_found": {
    status: 400,
    en: "Knowledge article {id} does not exist.",
    zh: "知识库文章 {id} 不存在。",
  },
  "training.nobody_to_assign": {
    status: 400,
    en: "Name people or a role to assign the programme to.",
    zh: "请指定要分配培训的人员或角色。",
  },
  "exam.not_found": { status: 404, en: "No such exam.", zh: "没有这场考试。" },
  "exam.question_not_found": { status: 404, en: "No such question.", zh: "没有这道题。" },
  "exam.question_invalid": {
    status: 400,
    en: "The answer key does not fit the question: {reason}",
    zh: "答案与题型不符：{reason}",
  },
  "exam.bank_too_small": {
    status: 409,
    en: "The question bank for {skill} has {have} questions; the paper needs {need}.",
    zh: "「{skill}」题库只有 {have} 道题，试卷需要 {need} 道。",
  },
  "exam.attempts_used": {
    status: 409,
    en: "You have used all {max} attempts at this exam.",
    zh: "这场考试的 {max} 次机会已用完。",
  },
  "exam.attempt_open": {
    status: 409,
    en: "Finish the attempt you have started first.",
    zh: "请先完成已开始的答卷。",
  },
  "exam.attempt_not_found": { status: 404, en: "No such attempt.", zh: "没有这份答卷。" },
  "exam.attempt_closed": {
    status: 409,
    en: "This attempt is already submitted.",
    zh: "这份答卷已经提交。",
  },
  "exam.time_up": {
    status: 409,
    en: "Time is up: answers after the time limit are not accepted.",
    zh: "考试时间已到，超时提交的答案不予计分。",
  },
  "exam.answer_invalid": {
    status: 400,
    en: "An answer names a question or option that is not on your paper.",
    zh: "答案中包含不在本试卷上的题目或选项。",
  },
  "exam.nothing_to_review": {
    status: 409,
    en: "This attempt has no answers waiting for review.",
    zh: "这份答卷没有待批阅的答案。",
  },
  "exam.no_sign_off_needed": {
    status: 409,
    en: "This attempt does not wait for a practical sign-off.",
    zh: "这份答卷无需实操签核。",
  },
  "contest.not_found": { status: 404, en: "No such contest.", zh: "没有这场技能竞赛。" },
  "contest.window_invalid": {
    status: 400,
    en: "A contest must end after it starts.",
    zh: "竞赛结束时间必须晚于开始时间。",
  },
  "contest.not_open": {
    status: 409,
    en: "This contest is not open for entries now.",
    zh: "这场竞赛当前不在答题时间内。",
  },
} as const satisfies Record<string, ErrorEntry>;
