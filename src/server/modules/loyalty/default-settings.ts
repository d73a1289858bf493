import type { LoyaltySettings } from "../../../shared/api/loyalty.js";

// What a tenant gets before an admin changes anything: points for the four earn events, plans at
// 10 points per yuan, two-year expiry, two vouchers, one gift and the usual care actions.
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
  earn: { registration: 200, survey: 50, referrer: 300, referred: 100, perYuan: 1 },
  planPointsPerYuan: 10,
  expiryMonths: 24,
  vouchers: [
    { value: 50, points: 500 },
    { value: 100, points: 900 },
  ],
  gifts: [{ id: "descaler", name: { zh: "除垢剂套装", en: "Descaler kit" }, points: 300 }],
  care: [
    {
      id: "birthday",
      kind: "birthday",
      name: { zh: "生日祝福", en: "Birthday greeting" },
      message: {
        zh: "祝您生日快乐！感谢您一直以来的信任。",
        en: "Happy birthday! Thank you for your trust.",
      },
      tiers: [],
      productLines: [],
      regions: [],
      months: [],
      active: true,
    },
    {
      id: "holiday",
      kind: "holiday",
      name: { zh: "节日问候", en: "Holiday greeting" },
      message: { zh: "节日快乐！祝您和家人假期愉快。", en: "Happy holidays to you and your family." },
      tiers: [],
      productLines: [],
      regions: [],
      months: [],
      active: true,
    },
  ],
};
