import { z } from "@hono/zod-openapi";
import { CUSTOMER_TIERS } from "../domain.js";
import { isoDateTime } from "./iso-date-time.js";

// Loyalty (seed 004 §7): the points ledger, what points buy, care actions and referrals. Shared by
// the API (request and response schemas) and the web app (types only).

const EARN_REASONS = ["registration", "survey", "referral", "purchase"] as const;
const REDEEM_REASONS = ["plan", "voucher", "gift"] as const;
const ENTRY_REASONS = [...EARN_REASONS, ...REDEEM_REASONS, "expiry"] as const;
export type EntryReason = (typeof ENTRY_REASONS)[number];

const CARE_KINDS = ["birthday", "holiday", "maintenance"] as const;

const points = z.number().int().min(0).max(1_000_000);
const names = z
  .object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) })
  .strict();

// A care action: who gets it (segment) and when. Holiday and birthday actions need no month
// window; a maintenance reminder is sent once in its months to owners of the product line.
const ZCareRule = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9_-]+$/),
    kind: z.enum(CARE_KINDS),
    name: names,
    message: names.extend({ zh: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) }),
    // Segment: empty lists mean everyone.
    tiers: z.array(z.enum(CUSTOMER_TIERS)).max(3).default([]),
    // Product lines: a product's SKU prefix (e.g. "AC-") or its 三包 category code.
    productLines: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    // Regions: GB/T 2260 division code prefixes (e.g. "31" Shanghai, "4401" Guangzhou).
    regions: z
      .array(z.string().regex(/^\d{2,6}$/))
      .max(50)
      .default([]),
    // Maintenance only: the months (1–12) in which the reminder goes out.
    months: z.array(z.number().int().min(1).max(12)).max(12).default([]),
    active: z.boolean().default(true),
  })
  .strict();
export type CareRule = z.infer<typeof ZCareRule>;

const ZVoucherOption = z.object({ value: z.number().int().min(1).max(100_000), points }).strict();
const ZGiftOption = z.object({ id: z.string().trim().min(1).max(40), name: names, points }).strict();

export const ZLoyaltySettings = z
  .object({
    earn: z
      .object({
        registration: points,
        survey: points,
        referrer: points,
        referred: points,
        // Points per whole yuan of a recorded purchase.
        perYuan: z.number().int().min(0).max(1000),
      })
      .strict(),
    // Points an extended plan costs per yuan of its price.
    planPointsPerYuan: z.number().int().min(1).max(1000),
    // Earned points lapse so many months after they were earned (0: never).
    expiryMonths: z.number().int().min(0).max(120),
    vouchers: z.array(ZVoucherOption).max(10),
    gifts: z.array(ZGiftOption).max(20),
    care: z.array(ZCareRule).max(50),
  })
  .strict()
  .openapi("LoyaltySettings");
export type LoyaltySettings = z.infer<typeof ZLoyaltySettings>;
export type LoyaltySettingsInput = z.input<typeof ZLoyaltySettings>;

const ZLoyaltyEntry = z.object({
  id: z.string(),
  reason: z.enum(ENTRY_REASONS),
  points: z.number().int(),
  expiresAt: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: isoDateTime(),
});
export type LoyaltyEntry = z.infer<typeof ZLoyaltyEntry>;

export const ZVoucher = z.object({
  code: z.string(),
  value: z.number().int(),
  usedAt: isoDateTime().nullable(),
  usedOn: z.string().nullable(),
  createdAt: isoDateTime(),
});
export type Voucher = z.infer<typeof ZVoucher>;

export const ZLoyaltyAccount = z
  .object({
    balance: z.number().int(),
    // Points that lapse within the next 30 days (the oldest first).
    expiringSoon: z.number().int(),
    referralCode: z.string(),
    referralPath: z.string(),
    referredBy: z.boolean(),
    entries: z.array(ZLoyaltyEntry),
    vouchers: z.array(ZVoucher),
  })
  .openapi("LoyaltyAccount");
export type LoyaltyAccount = z.infer<typeof ZLoyaltyAccount>;

// What points buy, as a customer sees it: plans for their own units (with what each costs).
export const ZRedeemCatalogue = z
  .object({
    plans: z.array(
      z.object({
        planId: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        months: z.number().int(),
        points: z.number().int(),
        // The customer's units this plan can be attached to.
        serials: z.array(z.string()),
      }),
    ),
    vouchers: z.array(z.object({ value: z.number().int(), points: z.number().int() })),
    gifts: z.array(
      z.object({
        id: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        points: z.number().int(),
      }),
    ),
  })
  .openapi("LoyaltyCatalogue");
export type RedeemCatalogue = z.infer<typeof ZRedeemCatalogue>;

export const ZRedeem = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("plan"), planId: z.string().min(1).max(64), serial: z.string().min(1).max(64) })
    .strict(),
  z.object({ kind: z.literal("voucher"), value: z.number().int().min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal("gift"), giftId: z.string().min(1).max(40) }).strict(),
]);
export type RedeemInput = z.input<typeof ZRedeem>;

export const ZRedeemResult = z
  .object({ balance: z.number().int(), entryId: z.string(), voucherCode: z.string().nullable() })
  .openapi("LoyaltyRedemption");
export type RedeemResult = z.infer<typeof ZRedeemResult>;

export const ZPurchaseInput = z
  .object({
    amount: z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, "request.invalid_amount"),
    reference: z.string().trim().min(1).max(100),
  })
  .strict();

export const ZReferralClaim = z.object({ code: z.string().trim().min(4).max(32) }).strict();
export const ZCareProfile = z
  .object({
    // MM-DD: only the day matters for a greeting.
    birthday: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .nullable(),
    careOptOut: z.boolean(),
  })
  .strict();
export type CareProfile = z.infer<typeof ZCareProfile>;

// The staff customer 360's loyalty panel.
export const ZCustomer360 = z
  .object({
    lifetimeValue: z.string(),
    purchases: z.string(),
    paidPlans: z.string(),
    units: z.number().int(),
    productLines: z.array(z.string()),
    segment: z.object({
      tier: z.string(),
      region: z.string().nullable(),
      regionName: z.string().nullable(),
      careOptOut: z.boolean(),
    }),
    birthday: z.string().nullable(),
    satisfaction: z.array(
      z.object({
        at: isoDateTime(),
        csat: z.number().nullable(),
        nps: z.number().nullable(),
        survey: z.string(),
      }),
    ),
    balance: z.number().int(),
    entries: z.array(ZLoyaltyEntry),
    careSent: z.array(
      z.object({ action: z.string(), year: z.number().int(), channel: z.string(), at: isoDateTime() }),
    ),
  })
  .openapi("Customer360Loyalty");
export type Customer360 = z.infer<typeof ZCustomer360>;
