import type { ErrorEntry } from "./entry.js";

export const RMA_ERRORS = {
  "rma.not_found": { status: 404, en: "No such RMA.", zh: "没有这个退换修单。" },
  "rma.unit_required": {
    status: 422,
    en: "This ticket has no unit; link the unit before opening an RMA.",
    zh: "该工单没有关联设备，请先关联设备再创建退换修单。",
  },
  "rma.not_entitled": {
    status: 422,
    en: "三包 does not grant this remedy ({kind}) for this unit; a supervisor may override it with a reason.",
    zh: "根据三包规定，该设备不能办理此项（{kind}）；主管可填写理由后越权办理。",
  },
  "rma.override_forbidden": {
    status: 403,
    en: "Only a supervisor or an administrator may override the entitlement.",
    zh: "只有主管或管理员可以越权办理。",
  },
  "rma.qa_required": {
    status: 422,
    en: "QA has not signed this RMA off yet: nothing ships, is refunded or closes before the inspection.",
    zh: "品质部门尚未签字确认：检验完成前不能发货、退款或关闭。",
  },
  "rma.invalid_transition": {
    status: 422,
    en: "“{action}” is not possible for a {kind} RMA in status “{status}”.",
    zh: "{kind} 类退换修单在“{status}”状态下不能执行“{action}”。",
  },
  "rma.not_inspectable": {
    status: 422,
    en: "Only a received unit can be inspected (this RMA is “{status}”).",
    zh: "只能检验已收到的设备（该单当前为“{status}”）。",
  },
  "rma.replacement_required": {
    status: 400,
    en: "An exchange ships with the replacement unit's serial (replacementSerial).",
    zh: "换货发货时必须填写新设备的序列号（replacementSerial）。",
  },
  "rma.tracking_required": {
    status: 400,
    en: "Shipping needs a tracking number.",
    zh: "发货需要填写运单号。",
  },
  "rma.amount_required": { status: 400, en: "A refund needs an amount.", zh: "退款需要填写金额。" },
  "rma.follow_up_stage_required": {
    status: 400,
    en: "A follow-up call says whether it is before or after shipment (stage).",
    zh: "回访需要注明是发货前还是发货后（stage）。",
  },
  "rma.follow_up_outcome_required": {
    status: 400,
    en: "A follow-up call says whether the customer was reached (outcome).",
    zh: "回访需要注明是否联系上客户（outcome）。",
  },
  "rma.follow_up_stage_wrong": {
    status: 422,
    en: "A “{stage}” call does not fit an RMA in status “{status}”.",
    zh: "退换修单处于“{status}”状态，不能登记“{stage}”回访。",
  },
  "rma.refund_too_high": {
    status: 422,
    en: "The refund is more than the invoice price ({price}).",
    zh: "退款金额超过发票价格（{price}）。",
  },
} as const satisfies Record<string, ErrorEntry>;
