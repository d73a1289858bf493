import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyDelta,
  available,
  type Balance,
  type Delta,
  deltaOf,
  EMPTY_BALANCE,
  isValidBalance,
  MOVEMENT_KINDS,
  replay,
} from "./ledger.js";

const movement = fc.record({
  kind: fc.constantFrom(...MOVEMENT_KINDS),
  qty: fc.integer({ min: 1, max: 20 }),
  sign: fc.boolean(),
});

// Applies movements the way the service does: a movement that would leave an invalid balance is
// refused and leaves no row in the ledger.
function run(ops: { kind: (typeof MOVEMENT_KINDS)[number]; qty: number; sign: boolean }[]) {
  let live: Balance = EMPTY_BALANCE;
  const ledger: Delta[] = [];
  for (const op of ops) {
    const d = deltaOf(op.kind, op.kind === "adjustment" && op.sign ? -op.qty : op.qty);
    const next = applyDelta(live, d);
    if (!isValidBalance(next)) continue;
    ledger.push(d);
    live = next;
  }
  return { live, ledger };
}

describe("stock ledger", () => {
  it("replaying the accepted movements reproduces on-hand, reserved and available", () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 60 }), (ops) => {
        const { live, ledger } = run(ops);
        const replayed = replay(ledger);
        expect(replayed).toEqual(live);
        expect(available(replayed)).toBe(live.onHand - live.reserved);
        expect(available(replayed)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("replays the same balance from any prefix plus the rest (the ledger is a running sum)", () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 40 }), fc.nat(), (ops, cut) => {
        const { ledger } = run(ops);
        const k = ledger.length ? cut % (ledger.length + 1) : 0;
        const head = replay(ledger.slice(0, k));
        expect(ledger.slice(k).reduce(applyDelta, head)).toEqual(replay(ledger));
      }),
    );
  });

  it("never lets reservations exceed what is on hand", () => {
    const { live } = run([
      { kind: "receipt", qty: 3, sign: false },
      { kind: "reservation", qty: 2, sign: false },
      { kind: "reservation", qty: 2, sign: false },
      { kind: "transfer_out", qty: 2, sign: false },
    ]);
    expect(live).toEqual({ onHand: 3, reserved: 2, defective: 0 });
  });
});
