import type { IsolationFixture } from "../../platform/http/isolation.js";
import { DEFAULT_CALLBACK_SETTINGS } from "./callback-settings.js";

export const isolationFixtures: IsolationFixture[] = [
  // Also its attempts and result.
  {
    path: "/api/v1/callbacks/{id}",
    create: async (ctx) => {
      await ctx.call("PUT", "/api/v1/callback-settings", {
        body: { ...DEFAULT_CALLBACK_SETTINGS, enabled: true, ticketTypes: [], delayHours: 0 },
      });
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `cbk.${ctx.unique()}@isolation.test` },
      });
      const ticket = await ctx.call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated", description: "callback", type: "repair", customerId: customer.id },
      });
      await ctx.call("POST", `/api/v1/tickets/${ticket.id}/transitions`, { body: { action: "start" } });
      await ctx.call("POST", `/api/v1/tickets/${ticket.id}/transitions`, { body: { action: "resolve" } });
      const queue = await ctx.call("GET", `/api/v1/callbacks?ticket=${ticket.id}`);
      return queue.items[0].id;
    },
  },
];
