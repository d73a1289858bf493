import type { ErrorEntry } from "./entry.js";

export const FIELD_ERRORS = {
  "request.invalid_time": { status: 400, en: "Use a time of day as HH:MM.", zh: "请按 HH:MM 格式填写时间。" },
  "request.invalid_division": {
    status: 400,
    en: "Choose a province, city or district from the list (GB/T 2260 code).",
    zh: "请从列表中选择省、市或区县（GB/T 2260 行政区划代码）。",
  },
  "request.invalid_signature": {
    status: 400,
    en: "The signature must be a PNG image drawn on the screen.",
    zh: "签名必须是在屏幕上手写的 PNG 图片。",
  },
  "request.invalid_photo": {
    status: 400,
    en: "A photo must be a JPEG or PNG image.",
    zh: "照片必须是 JPEG 或 PNG 图片。",
  },
  "field.photo_limit": {
    status: 422,
    en: "A visit can hold at most {limit} photos.",
    zh: "每次上门最多保存 {limit} 张照片。",
  },
  "field.photo_not_found": { status: 404, en: "No such photo on this visit.", zh: "本次上门没有这张照片。" },
  "field.remote_outcome_required": {
    status: 422,
    en: "Say whether the problem was solved remotely or needs an on-site visit before check-out.",
    zh: "签退前请选择：已远程解决，或需要上门。",
  },
  "request.address_required": {
    status: 400,
    en: "Give the address of the visit.",
    zh: "请填写上门地址。",
  },
  "field.onsite_address_required": {
    status: 422,
    en: "The customer has no street address on file: give the address of the on-site visit.",
    zh: "客户资料中没有详细地址，请填写上门地址。",
  },
  "field.remote_only": {
    status: 422,
    en: "Only a remote diagnosis has a remote outcome.",
    zh: "只有远程诊断才需要选择远程处理结果。",
  },
  "field.node_not_found": { status: 404, en: "No such service network node.", zh: "没有这个服务网点。" },
  "field.node_code_taken": {
    status: 409,
    en: "A network node with code {code} already exists.",
    zh: "编码为 {code} 的服务网点已存在。",
  },
  "field.bad_parent": {
    status: 422,
    en: "A {level} must sit under a {parent}.",
    zh: "“{level}”级网点必须挂在“{parent}”级网点之下。",
  },
  "field.user_not_staff": {
    status: 422,
    en: "Only service staff can belong to a network node.",
    zh: "只有服务人员可以归属服务网点。",
  },
  "field.not_technician": { status: 422, en: "This user is not a technician.", zh: "该用户不是技术员。" },
  "field.technician_not_found": { status: 404, en: "No such technician.", zh: "没有这个技术员。" },
  "field.report_not_found": {
    status: 404,
    en: "No service report with this code: it may be mistyped, or not one of ours.",
    zh: "没有与此编码对应的电子服务单：编码可能有误，或并非本公司出具。",
  },
  "field.visit_not_found": { status: 404, en: "No such visit.", zh: "没有这个上门服务。" },
  "field.invalid_transition": {
    status: 422,
    en: "A visit in status “{status}” cannot be “{action}”.",
    zh: "处于“{status}”状态的上门服务不能执行“{action}”。",
  },
  "field.slot_taken": {
    status: 409,
    en: "Nobody can take this time window any more; please pick another one.",
    zh: "该时间段已无人可约，请另选时间。",
  },
  "field.technician_ineligible": {
    status: 422,
    en: "This technician lacks a required skill, holds only an expired certification for it, or works outside the visit's area.",
    zh: "该技术员不具备所需技能、相应资质证书已过期，或不属于该上门服务的区域。",
  },
  "field.certification_not_found": {
    status: 404,
    en: "There is no such certification.",
    zh: "没有这个资质证书。",
  },
  "field.technician_busy": {
    status: 409,
    en: "This technician is not free in that window.",
    zh: "该技术员在此时段没有空闲。",
  },
  "field.window_invalid": {
    status: 400,
    en: "Choose one of the offered time windows.",
    zh: "请选择系统提供的时间段。",
  },
  "field.no_van": {
    status: 422,
    en: "This technician has no van stock site; name the site the part came from.",
    zh: "该技术员没有随车库存，请指明备件来源库位。",
  },
  "field.checklist_incomplete": {
    status: 422,
    en: "Tick every required step of the checklist before checking out ({count} still open).",
    zh: "请先完成作业清单中的全部必做步骤再离场（还有 {count} 项未完成）。",
  },
  "field.checklist_step_not_found": {
    status: 404,
    en: "This visit's checklist has no such step.",
    zh: "该上门服务的作业清单中没有这一步骤。",
  },
  "field.notice_too_short": {
    status: 422,
    en: "Visits can be moved or cancelled online up to {hours} hours before the window, that is until {deadline}. Please call us to change it now.",
    zh: "上门预约需至少提前 {hours} 小时在线改约或取消，截止时间为 {deadline}。如需现在变更，请致电客服。",
  },
  "request.damage_note_required": {
    status: 400,
    en: "Say what is damaged.",
    zh: "请说明损坏情况。",
  },
  "field.delivery_signoff_required": {
    status: 422,
    en: "Record the delivery (model, quantity, condition) before check-out.",
    zh: "签退前请先登记送货信息（型号、数量、外观状况）。",
  },
  "field.delivery_locked": {
    status: 422,
    en: "The customer has already signed for this delivery; its record can no longer change.",
    zh: "客户已签字确认本次送货，送货信息不能再修改。",
  },
  "field.not_a_delivery": {
    status: 422,
    en: "Only a delivery visit has a delivery sign-off.",
    zh: "只有送货上门才需要登记送货信息。",
  },
  "field.already_rated": {
    status: 409,
    en: "The customer has already rated this visit.",
    zh: "客户已对本次上门服务评过分。",
  },
  "field.signature_required": {
    status: 422,
    en: "The customer has not signed yet.",
    zh: "客户尚未签字确认。",
  },
  "field.key_reused": {
    status: 422,
    en: "This Idempotency-Key was already used for another visit or action.",
    zh: "该 Idempotency-Key 已用于其他上门任务或操作。",
  },
} as const satisfies Record<string, ErrorEntry>;
