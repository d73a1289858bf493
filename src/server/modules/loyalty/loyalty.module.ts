import { defineModule, subscribe } from "../../platform/module.js";
import { UNIT_REGISTERED } from "../registrations/index.js";
import { SURVEY_ANSWERED } from "../surveys/index.js";
import { isolationFixtures } from "./loyalty.isolation.js";
import { registerLoyaltyRoutes } from "./loyalty.routes.js";
import { careMessageJob, careSchedule } from "./use-cases/care-actions.js";
import { onSurveyAnswered, onUnitRegistered } from "./use-cases/earn-on-events.js";
import { expirySchedule } from "./use-cases/expire-points.js";

// Loyalty (seed 004 §7): the append-only points ledger earned from registrations, survey answers,
// referrals and purchases and spent on extended plans (through warranty's command), vouchers and
// gifts; care actions on the CN calendar; referrals; the customer 360's loyalty panel.
export const loyaltyModule = defineModule({
  name: "loyalty",
  isolationFixtures,
  routes: registerLoyaltyRoutes,
  jobs: [careMessageJob],
  subscribers: [subscribe(UNIT_REGISTERED, onUnitRegistered), subscribe(SURVEY_ANSWERED, onSurveyAnswered)],
  schedules: [
    // 09:05 in China: greetings arrive in the morning.
    { name: "loyalty.care_actions", spec: "5 1 * * *", run: careSchedule },
    { name: "loyalty.expiry", spec: "35 16 * * *", run: expirySchedule },
  ],
});
