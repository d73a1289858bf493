import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/users/{id}",
    create: async ({ call, unique }) =>
      (
        await call("POST", "/api/v1/users", {
          body: {
            email: `agent.${unique()}@isolation.test`,
            name: "Agent",
            role: "agent",
            password: "secret-password",
          },
        })
      ).id,
  },
  {
    path: "/api/v1/api-keys/{id}",
    create: async ({ call }) => (await call("POST", "/api/v1/api-keys", { body: { name: "isolation" } })).id,
  },
];
