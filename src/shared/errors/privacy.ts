import type { ErrorEntry } from "./entry.js";

// Personal-data export and erasure, retention rules.
export const PRIVACY_ERRORS = {
  "attachment.erased": {
    status: 404,
    en: "This file was erased under the data-protection rules.",
    zh: "该文件已按个人信息保护规定删除。",
  },
  "privacy.confirm_mismatch": {
    status: 422,
    en: "Type the customer's current name exactly to confirm the erasure.",
    zh: "请准确输入客户当前的名称以确认删除。",
  },
  "privacy.already_erased": {
    status: 409,
    en: "This customer's personal data has already been erased.",
    zh: "该客户的个人信息已被删除。",
  },
} as const satisfies Record<string, ErrorEntry>;
