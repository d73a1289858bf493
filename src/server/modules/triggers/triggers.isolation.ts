import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
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
];
