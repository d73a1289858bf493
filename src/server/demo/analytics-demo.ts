import { seedForecastDemo } from "../modules/analytics/index.js";
import type { Services } from "../platform/context.js";

// Analytics II's demo data: its own tables only (the forecasts' earlier history).
export async function seedAnalyticsDemo(s: Services, tenantId: string): Promise<void> {
  await seedForecastDemo(s, tenantId);
}
