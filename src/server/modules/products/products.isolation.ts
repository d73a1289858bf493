import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const product = async ({ call, unique }: IsolationContext) =>
  call("POST", "/api/v1/products", {
    body: { sku: `ISO-${unique()}`, name: "Isolated washer", warrantyMonths: 12 },
  });

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/products/{id}", create: async (ctx) => (await product(ctx)).id },
  {
    path: "/api/v1/units/{serial}",
    create: async (ctx) => {
      const { sku } = await product(ctx);
      const customer = await ctx.call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `unit.${ctx.unique()}@isolation.test` },
      });
      const unit = await ctx.call("POST", "/api/v1/units", {
        body: {
          serial: `SN-ISO-${ctx.unique()}`,
          productSku: sku,
          customerId: customer.id,
          purchasedAt: "2026-01-15",
        },
      });
      return unit.serial;
    },
  },
];
