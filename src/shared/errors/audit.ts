import type { ErrorEntry } from "./entry.js";

export const AUDIT_ERRORS = {
  "audit.receipt_not_ready": {
    status: 409,
    en: "This ticket's audit entries are not sealed yet; try again in a few seconds.",
    zh: "该工单的审计记录尚未封存，请几秒后重试。",
  },
  "audit.size_beyond_tree": {
    status: 422,
    en: "The log has only {size} sealed entries.",
    zh: "该日志只有 {size} 条已封存的记录。",
  },
  "audit.entry_not_found": {
    status: 404,
    en: "Audit entry not found.",
    zh: "审计记录不存在。",
  },
  "audit.entry_not_sealed": {
    status: 409,
    en: "This audit entry is not sealed under a signed checkpoint yet; try again in a few seconds.",
    zh: "该审计记录尚未被签名检查点封存，请几秒后重试。",
  },
} as const satisfies Record<string, ErrorEntry>;
