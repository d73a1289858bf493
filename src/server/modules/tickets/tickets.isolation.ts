import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    // Also the ticket's messages, events, transitions, SLA, origin and viewers.
    path: "/api/v1/tickets/{ref}",
    create: async ({ call, unique }) => {
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `ticket.${unique()}@isolation.test` },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated", description: "d", type: "repair", customerId: customer.id },
      });
      return ticket.number;
    },
  },
  {
    path: "/api/v1/attachments/{id}",
    create: async ({ call }) => {
      const form = new FormData();
      form.append("file", new File(["isolated"], "note.txt", { type: "text/plain" }));
      return (await call("POST", "/api/v1/attachments", { raw: form })).id;
    },
  },
];
