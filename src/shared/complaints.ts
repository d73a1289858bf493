import type { CustomerTier } from "./domain.js";

// Complaints (投诉, seed 004 §9.1): the record's vocabularies and the two pure rules the service
// applies — which complaints are major, and who may approve a plan's compensation.

export const COMPLAINT_NATURES = ["product", "service", "logistics", "price", "other"] as const;
export type ComplaintNature = (typeof COMPLAINT_NATURES)[number];

export const COMPLAINT_SEVERITIES = ["general", "major"] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

// open → pending_approval (plan submitted) → approved → executed → closed (the customer confirmed);
// a rejected plan goes back to open, and so does a complaint the customer is not satisfied with.
export const COMPLAINT_STATUSES = ["open", "pending_approval", "approved", "executed", "closed"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPENSATION_KINDS = ["none", "refund", "voucher", "gift", "free_repair", "other"] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

export const COMPLAINT_DEPARTMENTS = [
  "rnd",
  "purchasing",
  "logistics",
  "quality",
  "service",
  "other",
] as const;
export type ComplaintDepartment = (typeof COMPLAINT_DEPARTMENTS)[number];

const MAJOR_REASONS = ["repeat", "safety", "media", "vip", "amount", "manual"] as const;
export type MajorReason = (typeof MAJOR_REASONS)[number];

// The tenant's rules that make a complaint major (each may be switched off: an empty word list,
// repeatDays 0, no tiers, amountOver null).
export type MajorRules = {
  repeatDays: number;
  safetyWords: string[];
  mediaWords: string[];
  tiers: CustomerTier[];
  amountOver: number | null;
};

export const DEFAULT_MAJOR_RULES: MajorRules = {
  repeatDays: 30,
  safetyWords: [
    "起火",
    "着火",
    "冒烟",
    "爆炸",
    "触电",
    "漏电",
    "烫伤",
    "受伤",
    "fire",
    "smoke",
    "explode",
    "shock",
    "injur",
  ],
  mediaWords: [
    "曝光",
    "媒体",
    "记者",
    "12315",
    "微博",
    "抖音",
    "律师",
    "起诉",
    "消协",
    "media",
    "journalist",
    "lawyer",
    "sue",
  ],
  tiers: ["vip"],
  amountOver: 2000,
};

export type ComplaintFacts = {
  // Subject and description (and later messages) of the complaint ticket.
  text: string;
  tier: CustomerTier | null;
  // The customer's other complaints opened within the rule's window before this one.
  earlierComplaintsInWindow: number;
  // The amount at stake (price paid, loss claimed), when known.
  amount: number | null;
};

const contains = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.filter((w) => w.trim() !== "" && lower.includes(w.trim().toLowerCase()));
};

// Why a complaint is major (empty: it is general), with the words that matched for the record.
export function majorReasons(
  facts: ComplaintFacts,
  rules: MajorRules,
): { reason: MajorReason; detail?: string }[] {
  const out: { reason: MajorReason; detail?: string }[] = [];
  if (rules.repeatDays > 0 && facts.earlierComplaintsInWindow > 0)
    out.push({ reason: "repeat", detail: String(facts.earlierComplaintsInWindow) });
  const safety = contains(facts.text, rules.safetyWords);
  if (safety.length > 0) out.push({ reason: "safety", detail: safety.join(", ") });
  const media = contains(facts.text, rules.mediaWords);
  if (media.length > 0) out.push({ reason: "media", detail: media.join(", ") });
  if (facts.tier && rules.tiers.includes(facts.tier)) out.push({ reason: "vip", detail: facts.tier });
  if (rules.amountOver !== null && facts.amount !== null && facts.amount > rules.amountOver)
    out.push({ reason: "amount", detail: String(facts.amount) });
  return out;
}

// Approval limits: a default per role (absent: that role does not approve; null: no limit), and
// the admin may give one user their own limit (the service manager, a supervisor with 5,000).
export type ApprovalLimits = Partial<Record<"admin" | "supervisor" | "agent", number | null>>;

export const DEFAULT_APPROVAL_LIMITS: ApprovalLimits = { admin: null, supervisor: 200 };

// undefined: may not approve at all; null: no limit; a number: the highest amount they approve.
export function approvalLimitOf(
  role: string,
  userLimit: number | null | undefined,
  limits: ApprovalLimits,
): number | null | undefined {
  if (userLimit !== undefined) return userLimit;
  if (!(role in limits)) return undefined;
  return limits[role as keyof ApprovalLimits];
}

export type ApprovalCheck =
  | { ok: true }
  | { ok: false; error: "self_approval" }
  | { ok: false; error: "not_approver" }
  | { ok: false; error: "threshold"; limit: number };

// Whether `approver` may approve a plan written by `author` with this compensation amount.
export function checkApproval(input: {
  approverId: string;
  authorId: string;
  amount: number;
  limit: number | null | undefined;
}): ApprovalCheck {
  if (input.approverId === input.authorId) return { ok: false, error: "self_approval" };
  if (input.limit === undefined) return { ok: false, error: "not_approver" };
  if (input.limit !== null && input.amount > input.limit)
    return { ok: false, error: "threshold", limit: input.limit };
  return { ok: true };
}
