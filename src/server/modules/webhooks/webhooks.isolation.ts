import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

// A subscription (URL on a documentation address; nothing is sent during the matrix) and a ping
// delivery of it, in the other tenant.
const subscription = async ({ call }: IsolationContext) =>
  (
    await call("POST", "/api/v1/webhooks", {
      body: { url: "https://hooks.example.com/isolated", eventTypes: ["ticket.created"] },
    })
  ).id as string;

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/webhooks/{id}", create: subscription },
  {
    path: "/api/v1/webhook-deliveries/{id}",
    create: async (ctx) => {
      const id = await subscription(ctx);
      return (await ctx.call("POST", `/api/v1/webhooks/${id}/test`)).id as string;
    },
  },
];
