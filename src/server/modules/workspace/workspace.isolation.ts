import type { IsolationFixture } from "../../platform/http/isolation.js";

const PASSWORD = "isolation-password";

export const isolationFixtures: IsolationFixture[] = [
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
    // The macro half of "apply a macro to a ticket" (the ticket half is tickets' fixture).
    path: "/api/v1/tickets/{ref}/macros/{id}",
    create: async ({ call }) =>
      (
        await call("POST", "/api/v1/macros", {
          body: { name: "Isolated macro to apply", bodies: { en: "Hello" }, shared: true },
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
    create: async ({ call, login, unique }) => {
      const email = `agent.${unique()}@isolation.test`;
      const assignee = await call("POST", "/api/v1/users", {
        body: { email, name: "Agent", role: "agent", password: PASSWORD },
      });
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `notified.${unique()}@isolation.test` },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated", description: "d", type: "repair", customerId: customer.id },
      });
      await call("PATCH", `/api/v1/tickets/${ticket.id}`, {
        body: { assigneeId: assignee.id, reason: "isolation" },
      });
      const token = await login(email, PASSWORD);
      const [first] = (await call("GET", "/api/v1/notifications", { token })).items;
      if (!first) throw new Error("assigning a ticket made no notification");
      return first.id;
    },
  },
];
