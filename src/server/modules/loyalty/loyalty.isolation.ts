import type { IsolationFixture } from "../../platform/http/isolation.js";

const PASSWORD = "isolation-password";

export const isolationFixtures: IsolationFixture[] = [
  {
    // A voucher bought by a customer of the other tenant with points from a recorded purchase.
    path: "/api/v1/loyalty/vouchers/{code}",
    create: async ({ call, login, unique }) => {
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated member", kind: "person", email: `member.${unique()}@isolation.test` },
      });
      await call("POST", `/api/v1/customers/${customer.id}/purchases`, {
        body: { amount: "1000.00", reference: `INV-${unique()}` },
      });
      const email = `member.login.${unique()}@isolation.test`;
      await call("POST", "/api/v1/users", {
        body: { email, name: "Member", role: "customer", customerId: customer.id, password: PASSWORD },
      });
      const token = await login(email, PASSWORD);
      const redeemed = await call("POST", "/api/v1/loyalty/me/redemptions", {
        token,
        body: { kind: "voucher", value: 50 },
      });
      return redeemed.voucherCode;
    },
  },
];
