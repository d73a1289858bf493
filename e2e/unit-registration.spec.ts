import { expect } from "@playwright/test";
import {
  apiToken,
  bearer,
  expectNoHorizontalOverflow,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
} from "./helpers.js";

// A tiny real PNG (1×1), so the server's content sniffing accepts it as a photo.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const words: Record<Lang, { review: RegExp; today: string }> = {
  en: { review: /In review/, today: "Today" },
  "zh-CN": { review: /审核中/, today: "今天" },
};

for (const lang of journeyVariants(["en", "zh-CN"] as Lang[])) {
  test(`${lang}: a customer registers a unit with an invoice photo on a phone, an agent approves it, the portal shows its warranty`, async ({
    browser,
    request,
  }) => {
    const serial = `REG${lang === "en" ? "EN" : "ZH"}${Date.now()}`;
    const customer = await signIn(browser, "customer@demo.local", lang, PHONE);
    await customer.getByTestId("portal-register").click();
    await customer.getByTestId("register-serial").fill(serial);
    await customer.getByTestId("register-product").click();
    await customer.keyboard.type("TV-55Q");
    await customer
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: "TV-55Q" })
      .first()
      .click();
    await customer.getByTestId("register-purchased").click();
    await customer
      .locator(".ant-picker-dropdown:visible")
      .getByText(words[lang].today, { exact: true })
      .click();
    await customer
      .locator("input[type=file]")
      .setInputFiles({ name: "invoice.png", mimeType: "image/png", buffer: PNG });
    await expectNoHorizontalOverflow(customer);
    await customer.screenshot({ path: `/work/shots/intake/register-${lang}-390.png`, fullPage: true });
    await customer.getByTestId("register-submit").click();
    const claim = customer.locator(`[data-testid="portal-registration"][data-serial="${serial}"]`);
    await expect(claim).toContainText(words[lang].review);
    await expect(customer.locator(`[data-testid="portal-unit"][data-serial="${serial}"]`)).toHaveCount(0);

    // The queue works on a phone too: the Chinese run reviews at 390 px, the English one at 1440 px.
    const agent = await signIn(
      browser,
      "agent@demo.local",
      lang,
      lang === "en" ? { width: 1440, height: 900 } : PHONE,
    );
    await agent.goto("/console/registrations");
    const card = agent.locator(`[data-testid="registration-card"][data-serial="${serial}"]`);
    await expect(card.getByTestId("registration-invoice")).toBeVisible();
    await expectNoHorizontalOverflow(agent);
    await agent.screenshot({ path: `/work/shots/intake/queue-${lang}.png`, fullPage: true });
    await card.getByTestId("registration-approve").click();
    await expect(card).toHaveCount(0);

    // The unit is the customer's now, with its invoice as the start of its warranty period.
    const token = await apiToken(request, "customer@demo.local");
    const unit = (await (
      await request.get(`/api/v1/units/${serial}`, { headers: bearer(token) })
    ).json()) as {
      invoiceDate: string;
      evidence: { invoice: boolean };
      warranty: { status: string; endsAt: string };
    };
    expect(unit.evidence.invoice).toBe(true);
    expect(unit.warranty.status).toBe("in_warranty");
    await customer.reload();
    const card2 = customer.locator(`[data-testid="portal-unit"][data-serial="${serial}"]`);
    await expect(card2.locator('[data-warranty="in_warranty"]')).toBeVisible();
    await expect(card2).toContainText(unit.warranty.endsAt.slice(0, 4));
    await customer.screenshot({ path: `/work/shots/intake/portal-${lang}-390.png`, fullPage: true });
  });
}
