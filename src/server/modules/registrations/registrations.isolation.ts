import type { IsolationFixture } from "../../platform/http/isolation.js";

const PASSWORD = "isolation-password";
// The smallest PNG a sniffer accepts as one: its 8-byte signature and an IHDR start.
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

export const isolationFixtures: IsolationFixture[] = [
  {
    // A claim is made by a customer of the other tenant, with their invoice photo.
    path: "/api/v1/unit-registrations/{id}",
    create: async ({ call, login, unique }) => {
      const product = await call("POST", "/api/v1/products", {
        body: { sku: `ISO-REG-${unique()}`, name: "Isolated fridge", warrantyMonths: 12 },
      });
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `claim.${unique()}@isolation.test` },
      });
      const email = `claimant.${unique()}@isolation.test`;
      await call("POST", "/api/v1/users", {
        body: { email, name: "Claimant", role: "customer", customerId: customer.id, password: PASSWORD },
      });
      const token = await login(email, PASSWORD);
      const form = new FormData();
      form.set("serial", `SN-ISO-REG-${unique()}`);
      form.set("productSku", product.sku);
      form.set("purchasedAt", "2026-01-15");
      form.set("invoice", new File([PNG], "invoice.png", { type: "image/png" }));
      return (await call("POST", "/api/v1/unit-registrations", { token, raw: form })).id;
    },
  },
  {
    // The other tenant's customer offers their unit to someone by e-mail.
    path: "/api/v1/unit-transfers/{id}",
    create: async ({ call, login, unique }) => {
      const product = await call("POST", "/api/v1/products", {
        body: { sku: `ISO-UTO-${unique()}`, name: "Isolated dryer", warrantyMonths: 12 },
      });
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated owner", kind: "person", email: `owner.${unique()}@isolation.test` },
      });
      const serial = `SN-ISO-UTO-${unique()}`;
      await call("POST", "/api/v1/units", {
        body: { serial, productSku: product.sku, customerId: customer.id, purchasedAt: "2026-01-15" },
      });
      const email = `owner.login.${unique()}@isolation.test`;
      await call("POST", "/api/v1/users", {
        body: { email, name: "Owner", role: "customer", customerId: customer.id, password: PASSWORD },
      });
      const token = await login(email, PASSWORD);
      const offer = await call("POST", `/api/v1/units/${serial}/transfer`, {
        token,
        body: { email: `recipient.${unique()}@isolation.test` },
      });
      return offer.offerId;
    },
  },
];
