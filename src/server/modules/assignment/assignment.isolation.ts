import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    // "Route now" on another tenant's queued ticket must answer "not found".
    path: "/api/v1/routing/tickets/{ref}",
    create: async ({ call, unique }) => {
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `routing.${unique()}@isolation.test` },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated", description: "d", type: "repair", customerId: customer.id },
      });
      return ticket.number;
    },
  },
];
