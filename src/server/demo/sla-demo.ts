import { seedSlaDefaults } from "../modules/sla/index.js";
import type { Services } from "../platform/context.js";

// Calendars (China business days, 24×7) and the A/B/C priority policies; tickets opened from now on
// are measured against them (the back-dated story tickets are left without clocks).
export async function seedSlaDemo(s: Services, tenantId: string, at: Date): Promise<void> {
  await s.db.transaction((tx) => seedSlaDefaults(tx, tenantId, at));
}
