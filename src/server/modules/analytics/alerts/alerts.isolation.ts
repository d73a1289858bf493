import type { IsolationContext, IsolationFixture } from "../../../platform/http/isolation.js";

// A real rule of the other tenant, and a real alert it raised (a phone ticket against a rule that
// fires on one phone ticket, checked at once; critical, so it is delivered whatever the hour).
const phoneRule = (ctx: IsolationContext) =>
  ctx.call("POST", "/api/v1/analytics/alert-rules", {
    body: {
      name: `Isolated ${ctx.unique()}`,
      kpi: "volume",
      dimension: "channel",
      detector: "threshold",
      sensitivity: 1,
      minVolume: 0,
      roles: ["supervisor"],
      severity: "critical",
    },
  });

export const alertIsolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/analytics/alert-rules/{id}", create: async (ctx) => (await phoneRule(ctx)).id },
  {
    path: "/api/v1/analytics/alerts/{id}",
    create: async (ctx) => {
      const rule = await phoneRule(ctx);
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `alert.${ctx.unique()}@isolation.test` },
      });
      await ctx.call("POST", "/api/v1/tickets", {
        body: {
          subject: "Call",
          description: "Call",
          type: "support",
          channel: "phone",
          customerId: customer.id,
        },
      });
      await ctx.call("POST", "/api/v1/analytics/alerts/check", {});
      const list = await ctx.call("GET", "/api/v1/analytics/alerts");
      return list.items.find((a: { ruleId: string }) => a.ruleId === rule.id).id;
    },
  },
];
