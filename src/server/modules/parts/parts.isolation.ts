import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const part = async ({ call, unique }: IsolationContext) =>
  call("POST", "/api/v1/parts", { body: { partNo: `ISO-P-${unique()}`, name: "隔离备件" } });

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/parts/{ref}", create: async (ctx) => (await part(ctx)).partNo },
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
];
