import type { IsolationContext, IsolationFixture } from "../../../platform/http/isolation.js";

const thisMonth = () => new Date().toISOString().slice(0, 7);

// A card below target in the other tenant: a complaint ticket assigned to a new agent there (its
// complaint rate is 100 % against a 2 % target), the month computed, a coaching plan opened on it.
async function cardBelowTarget(ctx: IsolationContext): Promise<string> {
  const tag = ctx.unique();
  const agent = await ctx.call("POST", "/api/v1/users", {
    body: {
      email: `coach.${tag}@isolation.test`,
      name: `Coached ${tag}`,
      role: "agent",
      password: "secret-password",
    },
  });
  const customer = await ctx.call("POST", "/api/v1/customers", {
    body: { name: `Customer ${tag}`, kind: "person", email: `c.${tag}@isolation.test` },
  });
  const ticket = await ctx.call("POST", "/api/v1/tickets", {
    body: { subject: "Rude", description: "Complaint", type: "complaint", customerId: customer.id },
  });
  await ctx.call("PATCH", `/api/v1/tickets/${ticket.id}`, { body: { assigneeId: agent.id } });
  const list = await ctx.call("POST", "/api/v1/scorecards/compute", { body: { period: thisMonth() } });
  return list.items.find((c: { subjectId: string }) => c.subjectId === agent.id).id;
}

export const peopleIsolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/scorecards/{id}", create: cardBelowTarget },
  {
    path: "/api/v1/coaching-plans/{id}",
    create: async (ctx) =>
      (
        await ctx.call("POST", "/api/v1/coaching-plans", {
          body: { scorecardId: await cardBelowTarget(ctx) },
        })
      ).id,
  },
];
