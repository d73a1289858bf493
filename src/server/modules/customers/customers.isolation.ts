import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/customers/{id}",
    create: async ({ call, unique }) =>
      (
        await call("POST", "/api/v1/customers", {
          body: { name: "Isolated", kind: "person", email: `customer.${unique()}@isolation.test` },
        })
      ).id,
  },
];
