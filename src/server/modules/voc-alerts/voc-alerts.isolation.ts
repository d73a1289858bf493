import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  // A customer's request that names the media and a lawyer raises an alert as it arrives.
  {
    path: "/api/v1/voc-alerts/{id}",
    create: async (ctx) => {
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `vca.${ctx.unique()}@isolation.test` },
      });
      const email = `vca.user.${ctx.unique()}@isolation.test`;
      await ctx.call("POST", "/api/v1/users", {
        body: {
          email,
          name: "Isolated",
          role: "customer",
          password: "secret-password",
          customerId: customer.id,
        },
      });
      const token = await ctx.login(email, "secret-password");
      await ctx.call("POST", "/api/v1/tickets", {
        token,
        body: { subject: "再不处理就找媒体曝光", description: "已经联系律师", type: "complaint" },
      });
      const alerts = await ctx.call("GET", "/api/v1/voc-alerts");
      return alerts.items[0].id;
    },
  },
];
