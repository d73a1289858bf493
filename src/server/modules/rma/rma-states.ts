import type { RmaAction, RmaFollowUpStage, RmaKind, RmaStatus } from "../../../shared/rma.js";

// The RMA state machine as data. QA's inspection (POST /rmas/{id}/inspection) moves `received` to
// `qa_passed` or `qa_failed`; the actions below do the rest. A failed unit goes back to the customer
// as it came (ship) or the order ends (close); only a passed return is refunded.
// `to: "unchanged"`: the action records a step without moving the order (a follow-up call).
type Move = { from: readonly RmaStatus[]; to: RmaStatus | "unchanged"; kinds: readonly RmaKind[] };

export const RMA_MOVES: Record<RmaAction, Move> = {
  receive: { from: ["authorised"], to: "received", kinds: ["repair", "exchange", "return"] },
  ship: { from: ["qa_passed", "qa_failed"], to: "shipped", kinds: ["repair", "exchange", "return"] },
  refund: { from: ["qa_passed"], to: "refunded", kinds: ["return"] },
  close: {
    from: ["shipped", "refunded", "qa_failed"],
    to: "closed",
    kinds: ["repair", "exchange", "return"],
  },
  follow_up: {
    from: ["qa_passed", "qa_failed", "shipped", "refunded"],
    to: "unchanged",
    kinds: ["repair", "exchange", "return"],
  },
};

// A call before shipment is made while the unit is still here; after shipment, once it left (or the
// money went back).
export const FOLLOW_UP_WHEN: Record<RmaFollowUpStage, readonly RmaStatus[]> = {
  before_shipment: ["qa_passed", "qa_failed"],
  after_shipment: ["shipped", "refunded"],
};

// Shipping, refunding and closing need QA's signature first (seed 003 §4.1: 品质审计部门签字确认).
const NEEDS_QA_SIGN_OFF: readonly RmaAction[] = ["ship", "refund", "close"];

export const INSPECTABLE: readonly RmaStatus[] = ["received"];

export type MoveCheck = { ok: true; to: RmaStatus } | { ok: false; reason: "qa_required" | "not_allowed" };

export function checkMove(
  kind: RmaKind,
  status: RmaStatus,
  action: RmaAction,
  signedOff: boolean,
): MoveCheck {
  if (NEEDS_QA_SIGN_OFF.includes(action) && !signedOff) return { ok: false, reason: "qa_required" };
  const move = RMA_MOVES[action];
  if (!move.kinds.includes(kind) || !move.from.includes(status)) return { ok: false, reason: "not_allowed" };
  // A failed exchange or repair ships the customer's own unit back: no replacement, no refund.
  return { ok: true, to: move.to === "unchanged" ? status : move.to };
}
