import { describe, expect, it } from "vitest";
import { availableOf, expiringSoonOf } from "./ledger.js";

describe("points balance", () => {
  it("subtracts lapsed earns the redemptions have not used", () => {
    // 100 earned long ago (lapsed), 50 redeemed from it, 30 earned recently.
    const t = { earned: 130, debits: 50, lapsed: 100, lapsingSoon: 100 };
    expect(availableOf(t)).toBe(30);
    expect(expiringSoonOf(t)).toBe(0);
  });

  it("keeps points redeemed before they lapsed and counts what lapses soon", () => {
    const t = { earned: 300, debits: 250, lapsed: 200, lapsingSoon: 280 };
    expect(availableOf(t)).toBe(50);
    expect(expiringSoonOf(t)).toBe(30);
  });

  it("is unchanged once the expiry entry is written", () => {
    const before = { earned: 130, debits: 50, lapsed: 100, lapsingSoon: 100 };
    const after = { ...before, debits: 100 }; // expiry of 50 recorded
    expect(availableOf(after)).toBe(availableOf(before));
  });
});
