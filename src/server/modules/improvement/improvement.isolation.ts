import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const item = (ctx: IsolationContext) =>
  ctx.call("POST", "/api/v1/improvement/items", {
    body: { title: "Isolated", source: "agent", impact: 3, cost: 3, difficulty: 3, strategicFit: 3 },
  });

async function cycle(ctx: IsolationContext) {
  const me = await ctx.call("GET", "/api/v1/me");
  const i = await item(ctx);
  return ctx.call("POST", `/api/v1/improvement/items/${i.id}/cycles`, {
    body: { ownerId: me.id, kpiId: "volume", targetValue: 1, dueDate: "2026-12-31" },
  });
}

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/improvement/items/{id}", create: async (ctx) => (await item(ctx)).id },
  { path: "/api/v1/improvement/cycles/{id}", create: async (ctx) => (await cycle(ctx)).id },
  {
    path: "/api/v1/improvement/cycles/{id}/tasks/{taskId}",
    create: async (ctx) => {
      const c = await cycle(ctx);
      const withTask = await ctx.call("POST", `/api/v1/improvement/cycles/${c.id}/tasks`, {
        body: { title: "T" },
      });
      return withTask.tasks[0].id;
    },
  },
];
