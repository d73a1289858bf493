import { seedCallbacksDemo } from "../modules/callbacks/index.js";
import { seedVocAlertsDemo } from "../modules/voc-alerts/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// 回访 callbacks due in the queue and one crisis early warning, for the first start.
export async function seedVoiceOfCustomerDemo(s: Services, people: Map<string, Actor>): Promise<void> {
  const admin = people.get("admin@demo.local");
  const agent = people.get("agent@demo.local");
  const customer = people.get("customer@demo.local");
  if (admin && agent) await seedCallbacksDemo(s, admin, agent);
  if (customer) await seedVocAlertsDemo(s, customer);
}
