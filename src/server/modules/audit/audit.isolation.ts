import type { IsolationFixture } from "../../platform/http/isolation.js";

// Any entry of the other tenant's log (setting the tenant up already wrote several).
export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/audit/entries/{id}",
    create: async ({ call }) => (await call("GET", "/api/v1/audit?limit=1")).items[0].id as string,
  },
];
