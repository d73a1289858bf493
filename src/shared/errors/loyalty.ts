import type { ErrorEntry } from "./entry.js";

// Points, redemptions, vouchers and referrals.
export const LOYALTY_ERRORS = {
  "loyalty.insufficient_points": {
    status: 409,
    en: "Not enough points: this needs {needed}, the balance is {balance}.",
    zh: "积分不足：需要 {needed} 分，当前余额 {balance} 分。",
  },
  "loyalty.voucher_not_offered": {
    status: 400,
    en: "No voucher of this value can be bought with points.",
    zh: "没有可用积分兑换的该面值代金券。",
  },
  "loyalty.gift_not_found": { status: 400, en: "No such gift.", zh: "没有这个礼品。" },
  "loyalty.referral_unknown": { status: 404, en: "No such referral code.", zh: "没有这个推荐码。" },
  "loyalty.self_referral": {
    status: 409,
    en: "You cannot use your own referral code.",
    zh: "不能使用自己的推荐码。",
  },
  "loyalty.already_referred": {
    status: 409,
    en: "A referral is already recorded for you.",
    zh: "您已经登记过推荐人。",
  },
  "loyalty.customer_not_found": { status: 404, en: "No such customer.", zh: "没有这个客户。" },
  "loyalty.voucher_not_found": { status: 404, en: "No such voucher.", zh: "没有这张代金券。" },
  "loyalty.voucher_used": {
    status: 409,
    en: "This voucher was already used on {usedOn}.",
    zh: "这张代金券已用于 {usedOn}。",
  },
} as const satisfies Record<string, ErrorEntry>;
