import type { IsolationFixture } from "../../platform/http/isolation.js";

// A real chat of the other tenant: its customer starts it and asks for a person (so it waits).
export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/chat/agent/conversations/{id}",
    create: async (ctx) => {
      const email = `chat.${ctx.unique()}@isolation.test`;
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated chat", kind: "person", email },
      });
      await ctx.call("POST", "/api/v1/users", {
        body: {
          email,
          name: "Isolated chat",
          role: "customer",
          password: "secret-password",
          customerId: customer.id,
        },
      });
      const token = await ctx.login(email, "secret-password");
      const started = await ctx.call("POST", "/api/v1/chat/conversations", { token, body: {} });
      await ctx.call("POST", `/api/v1/chat/conversations/${started.conversation.id}/handoff`, { token });
      return started.conversation.id;
    },
  },
  {
    path: "/api/v1/chat/agents/{userId}",
    create: async (ctx) => {
      const user = await ctx.call("POST", "/api/v1/users", {
        body: {
          email: `chat.agent.${ctx.unique()}@isolation.test`,
          name: "Isolated agent",
          role: "agent",
          password: "secret-password",
        },
      });
      return user.id;
    },
  },
];
