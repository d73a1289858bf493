import { deliverDueAlerts } from "../../src/server/modules/analytics/alerts/deliver-alerts.js";
import { evaluateRules } from "../../src/server/modules/analytics/alerts/evaluate-rules.js";
import type { Harness } from "../harness.js";

// The alert schedule as the runner makes it for one tenant (evaluate, then deliver what is due, in
// one transaction), the jobs it queued, and the alert notifications a user has in the bell.
export function alertSchedule(h: Harness) {
  return {
    runSchedule: (tenantId: string) =>
      h.services.db.transaction(async (tx) => {
        const now = h.clock.now();
        await evaluateRules(tx, tenantId, now);
        await deliverDueAlerts(tx, tenantId, now);
      }),
    runJobs: async () => {
      while (await h.jobs.tick()) {}
    },
    alertNotes: async (token: string) =>
      ((await h.call("GET", "/api/v1/notifications", { token })).body.items as any[]).filter(
        (n) => n.kind === "analytics_alert",
      ),
  };
}
