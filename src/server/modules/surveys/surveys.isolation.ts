import type { IsolationFixture } from "../../platform/http/isolation.js";

const customer = async ({ call, unique }: Parameters<IsolationFixture["create"]>[0]) =>
  call("POST", "/api/v1/customers", {
    body: { name: "Isolated", kind: "person", email: `svy.${unique()}@isolation.test` },
  });

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
      const link = await ctx.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
        body: { customerId: (await customer(ctx)).id, channel: "link" },
      });
      await ctx.call("POST", `/api/v1/public/surveys/${link.token}/responses`, {
        body: { answers: { nps: 2 } },
      });
      const followUps = await ctx.call("GET", "/api/v1/survey-follow-ups");
      return followUps.items[0].id;
    },
  },
  // A customer's invitation in the portal (also its answer route).
  {
    path: "/api/v1/portal/surveys/{id}",
    create: async (ctx) => {
      const s = await survey(ctx);
      const link = await ctx.call("POST", `/api/v1/surveys/${s.id}/invitations`, {
        body: { customerId: (await customer(ctx)).id, channel: "portal" },
      });
      return link.id;
    },
  },
];
