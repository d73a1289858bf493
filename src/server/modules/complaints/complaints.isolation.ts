import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

async function foreignComplaint({ call, unique }: IsolationContext) {
  const customer = await call("POST", "/api/v1/customers", {
    body: { name: "Isolated", kind: "person", email: `complaint.${unique()}@isolation.test` },
  });
  const ticket = await call("POST", "/api/v1/tickets", {
    body: { subject: "Isolated complaint", description: "d", type: "complaint", customerId: customer.id },
  });
  return (await call("GET", `/api/v1/tickets/${ticket.number}/complaint`)) as { id: string };
}

export const isolationFixtures: IsolationFixture[] = [
  {
    // Also its plan, approval and execution.
    path: "/api/v1/complaints/{id}",
    create: async (ctx) => (await foreignComplaint(ctx)).id,
  },
  {
    path: "/api/v1/complaints/{id}/participants/{participantId}",
    create: async (ctx) => {
      const complaint = await foreignComplaint(ctx);
      const admin = await ctx.call("GET", "/api/v1/me");
      const withTask = await ctx.call("POST", `/api/v1/complaints/${complaint.id}/participants`, {
        body: { department: "rnd", userId: admin.id, task: "Isolated task", dueAt: "2030-01-01T00:00:00Z" },
      });
      return withTask.participants[0].id;
    },
  },
  {
    path: "/api/v1/complaints/approval-limits/{userId}",
    create: async ({ call, unique }) => {
      const user = await call("POST", "/api/v1/users", {
        body: {
          email: `limit.${unique()}@isolation.test`,
          name: "Limit",
          role: "supervisor",
          password: "secret-password",
        },
      });
      return user.id;
    },
  },
];
