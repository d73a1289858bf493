import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const PASSWORD = "isolation-password";

const agent = async ({ call, unique }: IsolationContext) => {
  const email = `agent.${unique()}@isolation.test`;
  const user = await call("POST", "/api/v1/users", {
    body: { email, name: "Agent", role: "agent", password: PASSWORD },
  });
  return { id: user.id as string, email };
};

export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/skills/{code}",
    create: async ({ call, unique }) =>
      (
        await call("POST", "/api/v1/skills", {
          body: { code: `iso-${unique()}`, nameZh: "隔离", nameEn: "Isolated" },
        })
      ).code,
  },
  {
    path: "/api/v1/teams/{id}",
    create: async ({ call }) => (await call("POST", "/api/v1/teams", { body: { name: "Isolated team" } })).id,
  },
  { path: "/api/v1/teams/{id}/members/{userId}", create: async (ctx) => (await agent(ctx)).id },
  {
    path: "/api/v1/triggers/{id}",
    create: async ({ call }) =>
      (
        await call("POST", "/api/v1/triggers", {
          body: {
            name: "Isolated trigger",
            event: "created",
            conditions: [],
            actions: [{ kind: "set_priority", value: "A" }],
          },
        })
      ).id,
  },
  {
    path: "/api/v1/macros/{id}",
    create: async ({ call }) =>
      (
        await call("POST", "/api/v1/macros", {
          body: { name: "Isolated macro", bodies: { en: "Hello" }, shared: true },
        })
      ).id,
  },
  {
    path: "/api/v1/views/{id}",
    create: async ({ call }) =>
      (await call("POST", "/api/v1/views", { body: { name: "Isolated view", filters: { status: ["new"] } } }))
        .id,
  },
  {
    // A notification is made for someone else: an agent to whom the admin assigns a ticket.
    path: "/api/v1/notifications/{id}",
    create: async (ctx) => {
      const { call, login, unique } = ctx;
      const assignee = await agent(ctx);
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `notified.${unique()}@isolation.test` },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated", description: "d", type: "repair", customerId: customer.id },
      });
      await call("PATCH", `/api/v1/tickets/${ticket.id}`, {
        body: { assigneeId: assignee.id, reason: "isolation" },
      });
      const token = await login(assignee.email, PASSWORD);
      const [first] = (await call("GET", "/api/v1/notifications", { token })).items;
      if (!first) throw new Error("assigning a ticket made no notification");
      return first.id;
    },
  },
];
