import type { IsolationFixture } from "../../platform/http/isolation.js";

export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/warranty/plans/{id}",
    create: async ({ call }) => {
      const plan = await call("POST", "/api/v1/warranty/plans", {
        body: {
          name: { zh: "隔离延保", en: "Isolated plan" },
          months: 12,
          price: "199.00",
          terms: "Isolation fixture",
          categories: ["lcd_tv"],
        },
      });
      return plan.id;
    },
  },
];
