import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./analytics.isolation.js";
import { registerAnalyticsRoutes } from "./analytics.routes.js";
import { markDirty, refreshTenant, tenantsWithChanges } from "./rollups.js";

// Read-only analytics: hears every ticket change (marks the ticket in its transaction), keeps its
// own rollups up to date every minute, answers KPIs from them.
export const analyticsModule = defineModule({
  name: "analytics",
  isolationFixtures,
  routes: registerAnalyticsRoutes,
  subscribers: [
    subscribe(TICKET_CHANGED, (tx, _s, change) => markDirty(tx, change.tenantId, change.after.id)),
  ],
  schedules: [
    {
      name: "analytics.rollups",
      spec: "every 1m",
      run: async ({ tx, now }) => {
        for (const tenantId of await tenantsWithChanges(tx)) await refreshTenant(tx, tenantId, now);
      },
    },
  ],
});
