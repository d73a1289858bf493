// RMA (repair, exchange, return) kinds, statuses and actions, shared by the API and the web app.
export const RMA_KINDS = ["repair", "exchange", "return"] as const;
export type RmaKind = (typeof RMA_KINDS)[number];

export const RMA_STATUSES = [
  "authorised",
  "received",
  "qa_passed",
  "qa_failed",
  "shipped",
  "refunded",
  "closed",
] as const;
export type RmaStatus = (typeof RMA_STATUSES)[number];

export const RMA_ACTIONS = ["receive", "ship", "refund", "close", "follow_up"] as const;
export type RmaAction = (typeof RMA_ACTIONS)[number];

// The follow-up calls (回访) of an RMA: one before the unit ships back (confirm address and time),
// one after it arrived (confirm it works); each records whether the customer was reached.
export const RMA_FOLLOW_UP_STAGES = ["before_shipment", "after_shipment"] as const;
export type RmaFollowUpStage = (typeof RMA_FOLLOW_UP_STAGES)[number];
export const RMA_FOLLOW_UP_OUTCOMES = ["reached", "no_answer"] as const;

// Statuses waiting for QA (the inspection queue).
export const RMA_QA_QUEUE: readonly RmaStatus[] = ["received"];

// The steps an RMA of each kind goes through, in order (the web app's step bar).
export const RMA_PATH: Record<RmaKind, readonly RmaStatus[]> = {
  repair: ["authorised", "received", "qa_passed", "shipped", "closed"],
  exchange: ["authorised", "received", "qa_passed", "shipped", "closed"],
  return: ["authorised", "received", "qa_passed", "refunded", "closed"],
};

// What QA checks on a returned unit, per 三包 category (labels in the web app's i18n). Categories
// without their own list use the common one.
const COMMON_CHECKS = [
  "serial_matches",
  "appearance",
  "accessories",
  "powers_on",
  "fault_reproduced",
] as const;
const QA_CHECKLISTS: Record<string, readonly string[]> = {
  default: COMMON_CHECKS,
  lcd_tv: [...COMMON_CHECKS, "screen", "backlight"],
  plasma_tv: [...COMMON_CHECKS, "screen"],
  color_tv: [...COMMON_CHECKS, "screen"],
  refrigerator: [...COMMON_CHECKS, "cooling", "compressor"],
  washer: [...COMMON_CHECKS, "drum", "drainage"],
  air_conditioner: [...COMMON_CHECKS, "cooling", "compressor"],
  household_car: ["vin_matches", "appearance", "road_test", "fault_reproduced"],
};

export const checklistFor = (category: string | null | undefined): readonly string[] =>
  QA_CHECKLISTS[category ?? ""] ?? COMMON_CHECKS;
