import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capAllows, sampled } from "./sampling.js";

const DAY = 86_400_000;
const t0 = new Date("2026-03-01T00:00:00Z").getTime();

describe("contact-frequency cap", () => {
  it("never asks anyone twice within the cap, and always asks once the cap has passed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (capDays, sinceLast) => {
          const allowed = capAllows(new Date(t0), new Date(t0 + sinceLast), capDays);
          expect(allowed).toBe(sinceLast >= capDays * DAY);
        },
      ),
    );
  });
  it("asks someone never asked before, and a cap of 0 days does not limit", () => {
    expect(capAllows(null, new Date(t0), 30)).toBe(true);
    expect(capAllows(new Date(t0), new Date(t0), 0)).toBe(true);
  });
  it("over a stream of closures, invitations of one customer are at least capDays apart", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 10 * DAY }), { minLength: 1, maxLength: 40 }),
        (capDays, gaps) => {
          let now = t0;
          let last: Date | null = null;
          const sent: number[] = [];
          for (const g of gaps) {
            now += g;
            if (capAllows(last, new Date(now), capDays)) {
              sent.push(now);
              last = new Date(now);
            }
          }
          for (let i = 1; i < sent.length; i++)
            expect((sent[i] as number) - (sent[i - 1] as number)).toBeGreaterThanOrEqual(capDays * DAY);
        },
      ),
    );
  });
});

describe("sampling quota", () => {
  it("decides the same way every time for a key", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 100 }), (key, pct) => {
        expect(sampled(key, pct)).toBe(sampled(key, pct));
      }),
    );
  });
  it("0 % asks nobody, 100 % everybody, and a larger quota keeps everyone a smaller one chose", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (key, a, b) => {
          expect(sampled(key, 0)).toBe(false);
          expect(sampled(key, 100)).toBe(true);
          if (sampled(key, Math.min(a, b))) expect(sampled(key, Math.max(a, b))).toBe(true);
        },
      ),
    );
  });
  it("asks close to the quota's share of 10,000 tickets (within 2 points)", () => {
    for (const pct of [10, 30, 50]) {
      let n = 0;
      for (let i = 0; i < 10_000; i++) if (sampled(`tkt_${i}`, pct)) n++;
      expect(Math.abs(n / 100 - pct)).toBeLessThan(2);
    }
  });
});
