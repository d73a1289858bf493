import type { Services } from "../../../../platform/context.js";
import { touchFollower, updateFollower, upsertAccount } from "../wechat.repository.js";

// The demo tenant's Official Account (compatible mode: plaintext and encrypted both accepted), as
// `scripts/wechat-sim.ts` signs and encrypts by default. Demo values, not secrets.
export const DEMO_WECHAT = {
  appId: "wxa1f7c0de5e7a1d02",
  originalId: "gh_aftercare_demo",
  token: "AftercareDemoToken2026",
  encodingAesKey: "q7XcY2mB9vR4tL8wN3kP6sD1fH5jG0zQeUaIoKyTbCx",
  templates: { status: "TPL-SERVICE-STATUS", visit: "TPL-VISIT-CONFIRMED" },
} as const;

/** The demo customer whose WeChat is already bound (the simulator's --openid o_demo_lina). */
const DEMO_BOUND_OPENID = "o_demo_lina";

export async function seedWechatDemo(s: Services, tenantId: string, boundCustomerId: string): Promise<void> {
  await upsertAccount(s.db, {
    tenantId,
    ...DEMO_WECHAT,
    mode: "compatible",
    templates: { ...DEMO_WECHAT.templates },
  });
  await touchFollower(s.db, tenantId, DEMO_BOUND_OPENID);
  await updateFollower(s.db, tenantId, DEMO_BOUND_OPENID, {
    customerId: boundCustomerId,
    boundBy: "staff",
    boundAt: s.clock.now(),
  });
}
