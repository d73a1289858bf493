import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const part = async ({ call, unique }: IsolationContext) =>
  call("POST", "/api/v1/parts", { body: { partNo: `ISO-P-${unique()}`, name: "隔离备件" } });

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/parts/{ref}", create: async (ctx) => (await part(ctx)).partNo },
  {
    path: "/api/v1/stock-sites/{ref}",
    create: async (ctx) =>
      (
        await ctx.call("POST", "/api/v1/stock-sites", {
          body: { code: `ISO-S-${ctx.unique()}`, name: "Isolated site", kind: "warehouse" },
        })
      ).code,
  },
  {
    path: "/api/v1/stock/reservations/{id}",
    create: async (ctx) => {
      const { partNo } = await part(ctx);
      const site = await ctx.call("POST", "/api/v1/stock-sites", {
        body: { code: `ISO-S-${ctx.unique()}`, name: "Isolated warehouse", kind: "warehouse" },
      });
      await ctx.call("POST", "/api/v1/stock/receipts", { body: { partNo, site: site.code, qty: 2 } });
      const r = await ctx.call("POST", "/api/v1/stock/reservations", {
        body: { partNo, site: site.code, qty: 1 },
      });
      return r.id;
    },
  },
  {
    path: "/api/v1/stock/transfers/{id}",
    create: async (ctx) => {
      const { partNo } = await part(ctx);
      const site = (kind: string) =>
        ctx.call("POST", "/api/v1/stock-sites", {
          body: { code: `ISO-S-${ctx.unique()}`, name: "Isolated", kind },
        });
      const [from, to] = [await site("warehouse"), await site("outlet")];
      await ctx.call("POST", "/api/v1/stock/receipts", { body: { partNo, site: from.code, qty: 2 } });
      const t = await ctx.call("POST", "/api/v1/stock/transfers", {
        body: { partNo, from: from.code, to: to.code, qty: 1 },
      });
      return t.id;
    },
  },
  {
    path: "/api/v1/stock/old-parts/{id}",
    create: async (ctx) => {
      const { call, unique } = ctx;
      const { partNo } = await part(ctx);
      const site = await call("POST", "/api/v1/stock-sites", {
        body: { code: `ISO-S-${unique()}`, name: "Isolated", kind: "warehouse" },
      });
      await call("POST", "/api/v1/stock/receipts", { body: { partNo, site: site.code, qty: 1 } });
      const product = await call("POST", "/api/v1/products", {
        body: { sku: `ISO-${unique()}`, name: "Isolated washer", warrantyMonths: 24 },
      });
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `opr.${unique()}@isolation.test` },
      });
      const unit = await call("POST", "/api/v1/units", {
        body: {
          serial: `SN-ISO-${unique()}`,
          productSku: product.sku,
          customerId: customer.id,
          purchasedAt: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
        },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: {
          subject: "Isolated",
          description: "x",
          type: "repair",
          customerId: customer.id,
          unitSerial: unit.serial,
        },
      });
      const r = await call("POST", "/api/v1/stock/reservations", {
        body: { partNo, site: site.code, qty: 1, ticketRef: ticket.number },
      });
      await call("POST", `/api/v1/stock/reservations/${r.id}/consume`);
      const owed = await call("GET", `/api/v1/stock/old-parts?ticketRef=${ticket.number}`);
      return owed.items[0].id;
    },
  },
];
