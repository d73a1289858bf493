import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shouldInvite } from "./sampling.js";
import { SEGMENTS, type Segment, segmentOf } from "./segments.js";

const DAY = 86_400_000;
const now = new Date("2026-06-01T00:00:00Z");
const quota = fc.integer({ min: 0, max: 100 });
const quotas = fc.record({ new: quota, long_standing: quota, high_value: quota });

// A stream of closed tickets of random customers in random segments, in time order, run through
// the decision with each customer's last invitation remembered — what the closing job does.
function simulate(
  q: Record<Segment, number>,
  capDays: number,
  closures: { customer: number; segment: Segment; gap: number }[],
) {
  const last = new Map<number, Date>();
  const invited: { customer: number; at: Date; segment: Segment }[] = [];
  let t = now.getTime();
  closures.forEach((c, i) => {
    t += c.gap;
    const at = new Date(t);
    const ok = shouldInvite(
      { id: `tkt_${i}_${c.customer}`, segment: c.segment },
      { samplePercent: 100, capDays, segmentQuotas: q },
      last.get(c.customer) ?? null,
      at,
    );
    if (ok) {
      last.set(c.customer, at);
      invited.push({ customer: c.customer, at, segment: c.segment });
    }
  });
  return invited;
}

describe("sampling quotas per customer segment", () => {
  it("never breaks the frequency cap, whatever the quotas", () => {
    fc.assert(
      fc.property(
        quotas,
        fc.integer({ min: 1, max: 60 }),
        fc.array(
          fc.record({
            customer: fc.integer({ min: 0, max: 5 }),
            segment: fc.constantFrom(...SEGMENTS),
            gap: fc.integer({ min: 0, max: 5 * DAY }),
          }),
          { maxLength: 60 },
        ),
        (q, capDays, closures) => {
          const byCustomer = new Map<number, number>();
          for (const inv of simulate(q, capDays, closures)) {
            const prev = byCustomer.get(inv.customer);
            if (prev !== undefined) expect(inv.at.getTime() - prev).toBeGreaterThanOrEqual(capDays * DAY);
            byCustomer.set(inv.customer, inv.at.getTime());
          }
        },
      ),
    );
  });

  it("over many customers, each segment's invited share is within 4 points of its quota", () => {
    fc.assert(
      fc.property(quotas, fc.integer({ min: 0, max: 1_000_000 }), (q, seed) => {
        // 3000 distinct customers per segment, each closing one ticket: the cap never bites.
        for (const segment of SEGMENTS) {
          let asked = 0;
          for (let i = 0; i < 3000; i++)
            if (
              shouldInvite(
                { id: `tkt_${seed}_${segment}_${i}`, segment },
                { samplePercent: 100, capDays: 30, segmentQuotas: q },
                null,
                now,
              )
            )
              asked++;
          expect(Math.abs((asked / 3000) * 100 - q[segment])).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 15 },
    );
  });

  it("never invites a segment whose quota is 0 %, and always one at 100 %", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...SEGMENTS), (id, segment) => {
        const q = { new: 100, long_standing: 100, high_value: 100, [segment]: 0 };
        expect(
          shouldInvite({ id, segment }, { samplePercent: 100, capDays: 0, segmentQuotas: q }, null, now),
        ).toBe(false);
        const other = SEGMENTS.find((s) => s !== segment) as Segment;
        expect(
          shouldInvite({ id, segment: other }, { samplePercent: 0, capDays: 0, segmentQuotas: q }, null, now),
        ).toBe(true);
      }),
    );
  });

  it("falls back to the survey's sample for a segment without a quota", () => {
    const s = { samplePercent: 0, capDays: 0, segmentQuotas: { high_value: 100 } };
    expect(shouldInvite({ id: "t1", segment: "new" }, s, null, now)).toBe(false);
    expect(shouldInvite({ id: "t1", segment: "high_value" }, s, null, now)).toBe(true);
  });
});

describe("a customer's segment", () => {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  it("is high-value for gold and vip whatever their history, else new within 90 days of the first ticket", () => {
    expect(segmentOf({ tier: "vip", firstTicketAt: ago(400) }, now)).toBe("high_value");
    expect(segmentOf({ tier: "gold", firstTicketAt: null }, now)).toBe("high_value");
    expect(segmentOf({ tier: "standard", firstTicketAt: ago(90) }, now)).toBe("new");
    expect(segmentOf({ tier: "standard", firstTicketAt: ago(91) }, now)).toBe("long_standing");
    expect(segmentOf({ tier: "standard", firstTicketAt: null }, now)).toBe("new");
  });
});
