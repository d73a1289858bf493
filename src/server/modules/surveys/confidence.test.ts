import { describe, expect, it } from "vitest";
import { meanInterval, npsInterval, t975, wilsonPercent } from "./confidence.js";

// Every expected value below was worked out by hand (see the comments), not by this code.
describe("95 % confidence intervals", () => {
  it("Wilson for the CSAT share: 8 satisfied of 10", () => {
    // p = .8, z² / n = .38416; centre = (.8 + .19208) / 1.38416 = .71674;
    // half = 1.96 / 1.38416 · √(.016 + .009604) = .22658 → [49.0 %, 94.3 %]
    expect(wilsonPercent(8, 10)).toEqual({ low: 49, high: 94.3 });
  });

  it("Wilson is not empty at 100 % and stays within 0–100", () => {
    // 5 of 5: z² / n = .7683; centre = (1 + .38415) / 1.7683 = .78276;
    // half = 1.96 / 1.7683 · √(0 + 3.8415 / 100) = .21725 → [56.6, 100]; 0 of 5 mirrors it.
    expect(wilsonPercent(5, 5)).toEqual({ low: 56.6, high: 100 });
    expect(wilsonPercent(0, 5)).toEqual({ low: 0, high: 43.4 });
  });

  it("NPS by its variance formula: 5 promoters, 3 passives, 2 detractors", () => {
    // NPS = .5 − .2 = .3; var = (.5 + .2 − .09) / 10 = .061; 1.96 · √.061 = .48408 → [−18.4, 78.4]
    expect(npsInterval(5, 2, 10)).toEqual({ low: -18.4, high: 78.4 });
  });

  it("NPS interval is clipped to −100 … 100: 10, 9, 8, 3", () => {
    // NPS = .25; var = (.75 − .0625) / 4 = .171875; 1.96 · .41458 = .81257 → [−56.3, 106.3 → 100]
    expect(npsInterval(2, 1, 4)).toEqual({ low: -56.3, high: 100 });
  });

  it("mean with Student's t: 5, 4, 4, 3, 5 on 1–5", () => {
    // mean 4.2, s² = 2.8 / 4 = .7, s/√5 = .37417, t(4) = 2.776 → 4.2 ± 1.0387 → [3.16, 5.24 → 5]
    expect(meanInterval([5, 4, 4, 3, 5], [1, 5])).toEqual({ low: 3.16, high: 5 });
    expect(meanInterval([5, 4, 4, 3, 5], [1, 7])).toEqual({ low: 3.16, high: 5.24 });
  });

  it("too few answers give no interval", () => {
    expect(wilsonPercent(1, 1)).toBeNull();
    expect(npsInterval(1, 0, 1)).toBeNull();
    expect(meanInterval([4], [1, 5])).toBeNull();
  });

  it("t quantiles: the table and the expansion beyond it agree with published values", () => {
    expect(t975(1)).toBe(12.706);
    expect(t975(30)).toBe(2.042);
    // Published: t(0.975, 60) = 2.000, t(0.975, 120) = 1.980.
    expect(t975(60)).toBeCloseTo(2.0, 3);
    expect(t975(120)).toBeCloseTo(1.98, 3);
  });
});
