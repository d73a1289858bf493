// The stock ledger's arithmetic, pure: what each kind of movement does to a (site, part) balance,
// which movements are allowed, and the replay that derives a balance from the movements alone.

import { MOVEMENT_KINDS } from "../../../shared/api/parts.js";

export { MOVEMENT_KINDS };
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export type Balance = { onHand: number; reserved: number; defective: number };
export type Delta = { onHandDelta: number; reservedDelta: number; defectiveDelta: number };

export const EMPTY_BALANCE: Balance = { onHand: 0, reserved: 0, defective: 0 };

export const available = (b: Balance) => b.onHand - b.reserved;

// `qty` is positive except for an adjustment, where it is the signed correction after a count.
export function deltaOf(kind: MovementKind, qty: number): Delta {
  const d = (onHandDelta: number, reservedDelta: number, defectiveDelta = 0) => ({
    onHandDelta,
    reservedDelta,
    defectiveDelta,
  });
  switch (kind) {
    case "receipt":
    case "transfer_in":
    case "adjustment":
      return d(qty, 0);
    case "reservation":
      return d(0, qty);
    case "release":
      return d(0, -qty);
    // A consumption uses up a held unit: it leaves the shelf and the reservation at once.
    case "consumption":
      return d(-qty, -qty);
    case "transfer_out":
      return d(-qty, 0);
    // A defective original coming back is kept apart from good stock.
    case "defective_return":
      return d(0, 0, qty);
  }
}

export const applyDelta = (b: Balance, d: Delta): Balance => ({
  onHand: b.onHand + d.onHandDelta,
  reserved: b.reserved + d.reservedDelta,
  defective: b.defective + d.defectiveDelta,
});

// A balance the ledger may reach: nothing negative, never more held than on the shelf.
export const isValidBalance = (b: Balance) =>
  b.onHand >= 0 && b.reserved >= 0 && b.defective >= 0 && b.reserved <= b.onHand;

export const replay = (movements: readonly Delta[]): Balance => movements.reduce(applyDelta, EMPTY_BALANCE);
