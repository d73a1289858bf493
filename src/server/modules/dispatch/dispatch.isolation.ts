import type { IsolationFixture } from "../../platform/http/isolation.js";

// A plan of the other tenant's (empty) day at a fresh node.
export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/dispatch/plans/{id}",
    create: async ({ call, unique }) => {
      const node = await call("POST", "/api/v1/network/nodes", {
        body: { code: `ISO-D-${unique()}`, name: "隔离派工网点", level: "hq" },
      });
      const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const plan = await call("POST", "/api/v1/dispatch/plans", {
        body: { nodeId: node.id, day, seconds: 0.05 },
      });
      return plan.id;
    },
  },
];
