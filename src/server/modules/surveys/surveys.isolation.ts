import type { IsolationFixture } from "../../platform/http/isolation.js";

const survey = async ({ call }: Parameters<IsolationFixture["create"]>[0]) =>
  call("POST", "/api/v1/surveys", {
    body: { name: "Isolated", questions: [{ id: "nps", kind: "nps", text: "推荐吗？" }] },
  });

export const isolationFixtures: IsolationFixture[] = [
  // Also its invitations and results.
  { path: "/api/v1/surveys/{id}", create: async (ctx) => (await survey(ctx)).id },
  {
    path: "/api/v1/survey-follow-ups/{id}",
    create: async (ctx) => {
      const s = await survey(ctx);
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `svy.${ctx.unique()}@isolation.test` },
      });
      const link = await ctx.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
        body: { customerId: customer.id, channel: "link" },
      });
      await ctx.call("POST", `/api/v1/public/surveys/${link.token}/responses`, {
        body: { answers: { nps: 2 } },
      });
      const followUps = await ctx.call("GET", "/api/v1/survey-follow-ups");
      return followUps.items[0].id;
    },
  },
];
