import type { IsolationFixture } from "../../platform/http/isolation.js";

// An internal draft article in the other tenant.
export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/kb/articles/{id}",
    create: async ({ call }) =>
      (await call("POST", "/api/v1/kb/articles", { body: { title: "Isolated", body: "Not yours." } }))
        .id as string,
  },
];
