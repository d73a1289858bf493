import {
  DEFAULT_LOYALTY_SETTINGS,
  recordPurchase,
  replaceLoyaltySettings,
  saveCareProfileOf,
} from "../modules/loyalty/index.js";
import { savePlan } from "../modules/warranty/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// Loyalty: extended plans for the demo's washers, fridges and air conditioners (1,990 points each
// at 10 points per yuan), a purchase for the two portal customers worth 2,400 points — enough for
// one plan — and an air-conditioner cleaning reminder before summer beside the greetings.
export async function seedLoyaltyDemo(
  s: Services,
  staff: Map<string, Actor>,
  customerIds: readonly string[],
) {
  const admin = staff.get("admin@demo.local");
  const agent = staff.get("agent@demo.local");
  const [zhang, li] = customerIds;
  if (!admin || !agent || !zhang || !li) throw new Error("demo loyalty cast missing");
  for (const [zh, en, category] of [
    ["洗衣机延保两年", "Washer extended warranty, 2 years", "washer"],
    ["冰箱延保两年", "Fridge extended warranty, 2 years", "refrigerator"],
    ["空调延保两年", "Air conditioner extended warranty, 2 years", "air_conditioner"],
  ] as const)
    await savePlan(s, admin, {
      name: { zh, en },
      months: 24,
      price: "199.00",
      terms:
        "三包期满后 24 个月内，质量故障免费维修。 Free repair of quality faults for 24 months after the legal period.",
      categories: [category],
    });
  await replaceLoyaltySettings(s, admin, {
    ...DEFAULT_LOYALTY_SETTINGS,
    care: [
      ...DEFAULT_LOYALTY_SETTINGS.care,
      {
        id: "ac-clean",
        kind: "maintenance",
        name: { zh: "空调清洗提醒", en: "Air conditioner cleaning" },
        message: {
          zh: "夏季将至，建议清洗空调滤网和室外机，制冷更快更省电。预约上门清洗请回复或访问服务门户。",
          en: "Summer is coming: clean the filters and outdoor unit for faster, cheaper cooling. Book a visit in the service portal.",
        },
        tiers: [],
        productLines: ["air_conditioner"],
        regions: [],
        months: [4, 5],
        active: true,
      },
    ],
  });
  for (const [customerId, reference] of [
    [zhang, "DEMO-INV-0001"],
    [li, "DEMO-INV-0002"],
  ] as const)
    await recordPurchase(s, agent, customerId, { amount: "2400.00", reference });
  await saveCareProfileOf(s.db, admin.tenantId, zhang, { birthday: "03-12", careOptOut: false });
}
