// Service review reports (seed 001 §6.1.2): the kinds, who may receive them, the commentary slots.
export const REVIEW_KINDS = ["monthly", "half_yearly"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_ROLES = ["admin", "supervisor"] as const;

export const COMMENTARY_SLOTS = ["summary", "highlights", "actions"] as const;
