import type { ErrorEntry } from "./entry.js";

// Unit registration with proof of purchase and ownership transfer.
export const REGISTRATION_ERRORS = {
  "registration.not_found": { status: 404, en: "No such registration.", zh: "没有这条登记申请。" },
  "registration.invoice_required": {
    status: 400,
    en: "Attach a photo or PDF of the invoice (field invoice).",
    zh: "请附上发票的照片或 PDF（字段 invoice）。",
  },
  "registration.invoice_type": {
    status: 415,
    en: "The invoice must be a photo (JPEG, PNG, WebP, HEIC) or a PDF, and the file must really be one.",
    zh: "发票须为照片（JPEG、PNG、WebP、HEIC）或 PDF，且文件内容须与类型相符。",
  },
  "registration.already_reviewed": {
    status: 409,
    en: "This registration has already been reviewed.",
    zh: "这条登记申请已经审核过了。",
  },
  "registration.conflict": {
    status: 422,
    en: "Serial {serial} is registered to another customer. Check both invoices; if this claim is right, transfer the unit first (with a reason), then approve.",
    zh: "序列号 {serial} 已登记在另一位客户名下。请核对双方发票；如本申请属实，请先（注明原因）转移设备归属，再批准。",
  },
  "registration.reason_required": {
    status: 400,
    en: "Give a reason the customer will read.",
    zh: "请填写客户会看到的原因。",
  },
  "unit.transfer_same_owner": {
    status: 422,
    en: "The unit already belongs to this customer.",
    zh: "该设备已属于这位客户。",
  },
  "unit.transfer_target_required": {
    status: 400,
    en: "Name the new owner: customerId, or their e-mail or phone.",
    zh: "请指定新的所有人：customerId，或其邮箱或手机号。",
  },
  "unit.transfer_target_not_found": {
    status: 422,
    en: "No customer with this e-mail or phone. Ask the new owner to sign up first.",
    zh: "没有使用该邮箱或手机号的客户。请先让新所有人注册。",
  },
  "unit.transfer_offer_not_found": {
    status: 404,
    en: "No such transfer offer for you.",
    zh: "没有发给您的这条转让邀请。",
  },
  "unit.transfer_offer_closed": {
    status: 409,
    en: "This transfer offer is no longer open.",
    zh: "这条转让邀请已失效。",
  },
} as const satisfies Record<string, ErrorEntry>;
