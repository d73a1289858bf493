import { expect } from "@playwright/test";
import {
  apiToken,
  bearer,
  expectNoHorizontalOverflow,
  journeyVariants,
  type Lang,
  PHONE,
  phoneAndDeskShot,
  signIn,
  test,
} from "./helpers.js";

const words: Record<Lang, { ok: string; extended: string }> = {
  en: { ok: "OK", extended: "Extended warranty" },
  "zh-CN": { ok: "确 定", extended: "延长保修" },
};

for (const lang of journeyVariants(["en", "zh-CN"] as Lang[])) {
  test(`${lang}: a customer redeems points for an extended warranty on a phone and the warranty view shows it`, async ({
    browser,
    request,
  }) => {
    // Behind the screens: the demo customer's purchase, so the points cover a plan whichever run
    // came first (the demo gives enough for one).
    const agentToken = await apiToken(request, "agent@demo.local");
    const found = await request.get("/api/v1/customers?q=customer@demo.local", {
      headers: bearer(agentToken),
    });
    const customerId = ((await found.json()) as { items: { id: string }[] }).items[0]?.id as string;
    const bought = await request.post(`/api/v1/customers/${customerId}/purchases`, {
      headers: bearer(agentToken),
      data: { amount: "2000.00", reference: `E2E-${lang}-${Date.now()}` },
    });
    expect(bought.ok()).toBeTruthy();

    const customer = await signIn(browser, "customer@demo.local", lang, PHONE);
    await customer.getByTestId("portal-points-open").click();
    await expect(customer).toHaveURL(/\/portal\/loyalty/);
    const balance = customer.getByTestId("points-balance");
    await expect(balance).toHaveAttribute("data-value", /\d+/);
    const before = Number(await balance.getAttribute("data-value"));
    const offer = customer.getByTestId("redeem-plan").first();
    await expect(offer).toBeVisible();
    const serial = (await offer.getAttribute("data-serial")) as string;
    const points = Number(await offer.getAttribute("data-points"));
    const planName = ((await offer.getByTestId("redeem-plan-name").textContent()) ?? "").trim();
    expect(before).toBeGreaterThanOrEqual(points);
    await expectNoHorizontalOverflow(customer);
    await phoneAndDeskShot(customer, "loyalty-portal", lang);

    const tokenCustomer = await apiToken(request, "customer@demo.local");
    const plansBefore = (
      (await (
        await request.get(`/api/v1/units/${serial}/warranty`, { headers: bearer(tokenCustomer) })
      ).json()) as {
        plans: unknown[];
      }
    ).plans.length;
    await offer.getByTestId("redeem-button").click();
    await customer.locator(".ant-popconfirm:visible").getByRole("button", { name: words[lang].ok }).click();
    await expect(balance).toHaveAttribute("data-value", String(before - points));
    await expect(customer.locator('[data-testid="points-entry"][data-reason="plan"]').first()).toContainText(
      serial,
    );

    // The portal's warranty view of that unit shows the extended plan.
    await customer.goto("/portal");
    const unit = customer.locator(`[data-testid="portal-unit"][data-serial="${serial}"]`);
    await expect(unit.getByTestId("unit-extended-cover")).toContainText(words[lang].extended);
    await expect(unit.getByTestId("unit-extended-cover")).toContainText(planName);
    const after = (await (
      await request.get(`/api/v1/units/${serial}/warranty`, { headers: bearer(tokenCustomer) })
    ).json()) as {
      plans: unknown[];
    };
    expect(after.plans.length).toBe(plansBefore + 1);
    await expectNoHorizontalOverflow(customer);
    await phoneAndDeskShot(customer, "loyalty-portal-home", lang);

    // Staff see the points on the customer 360.
    const agent = await signIn(browser, "agent@demo.local", lang);
    await agent.goto(`/console/customers/${customerId}`);
    await expect(agent.getByTestId("customer-points")).toHaveAttribute("data-value", String(before - points));
    await phoneAndDeskShot(agent, "loyalty-360", lang);
  });
}
