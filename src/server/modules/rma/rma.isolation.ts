import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    // Also its inspection and transitions.
    path: "/api/v1/rmas/{id}",
    create: async ({ call, unique }) => {
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `rma.${unique()}@isolation.test` },
      });
      const product = await call("POST", "/api/v1/products", {
        body: {
          sku: `ISO-RMA-${unique()}`,
          name: "Isolated TV",
          warrantyMonths: 12,
          sanbaoCategory: "lcd_tv",
        },
      });
      const serial = `SN-ISO-RMA-${unique()}`;
      await call("POST", "/api/v1/units", {
        body: { serial, productSku: product.sku, customerId: customer.id, purchasedAt: "2026-01-15" },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: {
          subject: "Isolated",
          description: "d",
          type: "repair",
          customerId: customer.id,
          unitSerial: serial,
        },
      });
      const rma = await call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
        body: { kind: "repair", override: { reason: "isolation fixture" } },
      });
      return rma.id;
    },
  },
];
