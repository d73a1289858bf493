import type { Locale } from "../i18n/locale.js";
import { ANALYTICS_ERRORS } from "./analytics.js";
import { AUDIT_ERRORS } from "./audit.js";
import { CALLBACKS_ERRORS } from "./callbacks.js";
import { CHANNELS_ERRORS } from "./channels.js";
import { CHAT_ERRORS } from "./chat.js";
import { COMPLAINTS_ERRORS } from "./complaints.js";
import { DISPATCH_ERRORS } from "./dispatch.js";
import type { ErrorEntry } from "./entry.js";
import { FIELD_ERRORS } from "./field.js";
import { IMPORT_ERRORS } from "./imports.js";
import { IMPROVEMENT_ERRORS } from "./improvement.js";
import { KNOWLEDGE_ERRORS } from "./knowledge.js";
import { LOYALTY_ERRORS } from "./loyalty.js";
import { PARTS_ERRORS } from "./parts.js";
import { PRIVACY_ERRORS } from "./privacy.js";
import { REGISTRATION_ERRORS } from "./registrations.js";
import { RMA_ERRORS } from "./rma.js";
import { ROUTING_ERRORS } from "./routing.js";
import { SCORECARD_ERRORS } from "./scorecards.js";
import { SLA_ERRORS } from "./sla.js";
import { SURVEYS_ERRORS } from "./surveys.js";
import { TRAINING_ERRORS } from "./training.js";
import { WARRANTY_ERRORS } from "./warranty.js";
import { WEBHOOKS_ERRORS } from "./webhooks.js";
import { WECHAT_ERRORS } from "./wechat.js";

export type { ErrorEntry } from "./entry.js";

// Every error code the API can answer with, its HTTP status and its message in both languages.
// `{name}` placeholders are filled from the error's params.
const CORE_ERRORS = {
  "request.validation_failed": {
    status: 400,
    en: "The request has invalid fields.",
    zh: "请求中有无效的字段。",
  },
  "request.malformed_json": {
    status: 400,
    en: "The request body is not valid JSON.",
    zh: "请求正文不是有效的 JSON。",
  },
  "request.too_large": {
    status: 413,
    en: "The request body is too large (limit {limit}).",
    zh: "请求正文过大（上限 {limit}）。",
  },
  "request.unsupported_media_type": {
    status: 415,
    en: "Unsupported content type: {type}.",
    zh: "不支持的内容类型：{type}。",
  },
  "request.invalid_cursor": {
    status: 400,
    en: "The cursor is not valid; start again from the first page.",
    zh: "分页游标无效，请从第一页重新开始。",
  },
  "request.invalid_timezone": {
    status: 400,
    en: "Not a known IANA time zone.",
    zh: "不是有效的 IANA 时区。",
  },
  "request.invalid_phone": { status: 400, en: "Not a valid phone number.", zh: "不是有效的电话号码。" },
  "request.invalid_code": {
    status: 400,
    en: "Use letters, digits and . _ - / only.",
    zh: "只能使用字母、数字和 . _ - /。",
  },
  "request.invalid_skill_code": {
    status: 400,
    en: "Use lower-case letters, digits and . _ - only, starting with a letter or digit.",
    zh: "只能使用小写字母、数字和 . _ -，并以字母或数字开头。",
  },
  "request.invalid_date": {
    status: 400,
    en: "Not a valid date (YYYY-MM-DD).",
    zh: "不是有效的日期（YYYY-MM-DD）。",
  },
  "request.invalid_amount": {
    status: 400,
    en: "Not a valid amount (e.g. 3999.00).",
    zh: "不是有效的金额（例如 3999.00）。",
  },
  "request.invalid_characters": {
    status: 400,
    en: "The request contains a NUL character (\\u0000), which text fields cannot hold.",
    zh: "请求中包含 NUL 字符（\\u0000），文本字段不能保存该字符。",
  },
  "request.not_found": { status: 404, en: "No such endpoint.", zh: "没有这个接口。" },
  "request.rate_limited": {
    status: 429,
    en: "Too many requests; try again later.",
    zh: "请求过于频繁，请稍后再试。",
  },
  "auth.required": { status: 401, en: "Sign in first.", zh: "请先登录。" },
  "auth.invalid_credentials": { status: 401, en: "Wrong e-mail or password.", zh: "邮箱或密码错误。" },
  "auth.locked": {
    status: 429,
    en: "Too many wrong passwords; this account is locked for {minutes} minutes.",
    zh: "密码错误次数过多，该账号已锁定 {minutes} 分钟。",
  },
  "auth.slow_down": {
    status: 429,
    en: "Many wrong passwords for this account from several places; try again in {seconds} s.",
    zh: "该账号在多处出现多次密码错误，请 {seconds} 秒后再试。",
  },
  "auth.read_only_key": {
    status: 403,
    en: "This API key may only read.",
    zh: "此 API 密钥只有读取权限。",
  },
  "auth.forbidden": { status: 403, en: "Your role may not do this.", zh: "您的角色无权执行此操作。" },
  "auth.account_incomplete": {
    status: 403,
    en: "This account has no customer or outlet assigned; ask your administrator to complete it.",
    zh: "此账号未关联客户或网点，请联系管理员完善账号。",
  },
  "user.not_found": { status: 404, en: "User not found.", zh: "用户不存在。" },
  "user.email_taken": {
    status: 409,
    en: "A user with this e-mail already exists.",
    zh: "该邮箱已被其他用户使用。",
  },
  "user.customer_required": {
    status: 400,
    en: "A customer user needs a customerId.",
    zh: "客户账号必须关联 customerId。",
  },
  "user.outlet_required": {
    status: 400,
    en: "A dealer user needs an outletId.",
    zh: "经销商账号必须关联 outletId。",
  },
  "api_key.not_found": { status: 404, en: "API key not found.", zh: "API 密钥不存在。" },
  "outlet.not_found": { status: 404, en: "Outlet not found.", zh: "网点不存在。" },
  "customer.not_found": { status: 404, en: "Customer not found.", zh: "客户不存在。" },
  "product.not_found": { status: 404, en: "Product {sku} not found.", zh: "产品 {sku} 不存在。" },
  "product.update_target": {
    status: 400,
    en: "Name either one model (productSku) or one product line (productLine) for the update.",
    zh: "请为更新指定一个型号（productSku）或一个产品线（productLine），二者选一。",
  },
  "product.sku_taken": {
    status: 409,
    en: "A product with SKU {sku} already exists.",
    zh: "SKU 为 {sku} 的产品已存在。",
  },
  "unit.not_found": { status: 404, en: "Unit {serial} not found.", zh: "序列号为 {serial} 的设备不存在。" },
  "unit.serial_taken": {
    status: 409,
    en: "A unit with serial {serial} is already registered.",
    zh: "序列号 {serial} 已被登记。",
  },
  "unit.purchase_in_future": {
    status: 400,
    en: "The purchase date lies in the future.",
    zh: "购买日期不能晚于今天。",
  },
  "unit.purchase_too_old": {
    status: 400,
    en: "The purchase date is more than {years} years ago; check the year.",
    zh: "购买日期早于 {years} 年前，请检查年份。",
  },
  "ticket.not_found": { status: 404, en: "Ticket not found.", zh: "工单不存在。" },
  "ticket.customer_required": {
    status: 400,
    en: "Staff must name the customer (customerId).",
    zh: "客服创建工单时必须指定客户（customerId）。",
  },
  "ticket.unit_not_owned": {
    status: 422,
    en: "Unit {serial} does not belong to this customer.",
    zh: "设备 {serial} 不属于该客户。",
  },
  "ticket.invalid_transition": {
    status: 422,
    en: "Action “{action}” is not allowed while the ticket is {status}.",
    zh: "工单当前状态为「{status}」，不能执行「{action}」。",
  },
  "ticket.action_forbidden": {
    status: 403,
    en: "Your role may not perform “{action}”.",
    zh: "您的角色不能执行「{action}」。",
  },
  "ticket.reason_required": {
    status: 400,
    en: "Action “{action}” needs a reason.",
    zh: "执行「{action}」需要填写原因。",
  },
  "ticket.max_escalation": {
    status: 422,
    en: "The ticket is already at the highest escalation level.",
    zh: "工单已处于最高升级级别。",
  },
  "ticket.internal_forbidden": {
    status: 403,
    en: "Customers cannot post internal notes.",
    zh: "客户不能发布内部备注。",
  },
  "ticket.assignee_invalid": {
    status: 422,
    en: "The assignee must be an active staff member.",
    zh: "处理人必须是在职的服务人员。",
  },
  "ticket.team_invalid": {
    status: 422,
    en: "No team {id} in this tenant.",
    zh: "本租户中没有团队 {id}。",
  },
  "ticket.staff_field": {
    status: 422,
    en: "Only service staff may set {field} on a ticket; leave it out.",
    zh: "只有服务人员可以设置工单的 {field} 字段，请勿提交该字段。",
  },
  "ticket.too_many_tags": {
    status: 422,
    en: "A ticket holds at most {max} tags.",
    zh: "一张工单最多只能有 {max} 个标签。",
  },
  "ticket.merge_same": {
    status: 422,
    en: "A ticket cannot be merged into itself.",
    zh: "不能把工单合并到它自己。",
  },
  "ticket.merge_customer_mismatch": {
    status: 422,
    en: "Tickets {from} and {into} belong to different customers and cannot be merged.",
    zh: "工单 {from} 与 {into} 属于不同客户，不能合并。",
  },
  "ticket.merge_closed": {
    status: 422,
    en: "Ticket {number} is closed; only open tickets can be merged.",
    zh: "工单 {number} 已关闭，只能合并未关闭的工单。",
  },
  "ticket.rating_not_closed": {
    status: 409,
    en: "A request can be rated once it is closed.",
    zh: "工单关闭后才能评价。",
  },
  "ticket.already_rated": {
    status: 409,
    en: "This request has already been rated.",
    zh: "该工单已评价过。",
  },
  "ticket.closed_no_messages": {
    status: 422,
    en: "The ticket is closed; reopen it to add messages.",
    zh: "工单已关闭，请先重新打开再留言。",
  },
  "attachment.not_found": { status: 404, en: "Attachment not found.", zh: "附件不存在。" },
  "attachment.type_not_allowed": {
    status: 415,
    en: "Files of type {type} are not accepted.",
    zh: "不接受 {type} 类型的文件。",
  },
  "attachment.too_large": { status: 413, en: "The file is larger than {limit}.", zh: "文件超过 {limit}。" },
  "attachment.file_required": {
    status: 400,
    en: "Send the file in the multipart field “file”.",
    zh: "请在 multipart 字段「file」中上传文件。",
  },
  "attachment.not_usable": {
    status: 422,
    en: "Attachment {id} cannot be linked here.",
    zh: "附件 {id} 不能关联到此处。",
  },
  "internal.error": {
    status: 500,
    en: "Something went wrong on our side (request {requestId}).",
    zh: "服务器内部错误（请求编号 {requestId}）。",
  },
} as const satisfies Record<string, ErrorEntry>;

// Later modules keep their codes in their own file here and are spread in below.
export const ERRORS = {
  ...CORE_ERRORS,
  ...SLA_ERRORS,
  ...ANALYTICS_ERRORS,
  ...SCORECARD_ERRORS,
  ...ROUTING_ERRORS,
  ...WEBHOOKS_ERRORS,
  ...TRAINING_ERRORS,
  ...PARTS_ERRORS,
  ...AUDIT_ERRORS,
  ...PRIVACY_ERRORS,
  ...CHANNELS_ERRORS,
  ...WECHAT_ERRORS,
  ...WARRANTY_ERRORS,
  ...RMA_ERRORS,
  ...COMPLAINTS_ERRORS,
  ...FIELD_ERRORS,
  ...DISPATCH_ERRORS,
  ...KNOWLEDGE_ERRORS,
  ...SURVEYS_ERRORS,
  ...CALLBACKS_ERRORS,
  ...CHAT_ERRORS,
  ...REGISTRATION_ERRORS,
  ...IMPORT_ERRORS,
  ...LOYALTY_ERRORS,
  ...IMPROVEMENT_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry: ErrorEntry = ERRORS[code];
  const template = locale === "zh-CN" ? entry.zh : entry.en;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}
