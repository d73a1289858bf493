import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const agent = async ({ call, unique }: IsolationContext) => {
  const email = `agent.${unique()}@isolation.test`;
  const user = await call("POST", "/api/v1/users", {
    body: { email, name: "Agent", role: "agent", password: "isolation-password" },
  });
  return user.id as string;
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
  { path: "/api/v1/teams/{id}/members/{userId}", create: agent },
];
