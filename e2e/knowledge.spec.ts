import { expect } from "@playwright/test";
import { type Lang, signIn } from "./helpers";
import { journeyVariants, openPage, test } from "./helpers.js";

// Issue 17: while a customer types a new request, the matching article shows before anything is sent.
for (const lang of journeyVariants(["zh-CN", "en"] as Lang[])) {
  test(`a customer typing "洗衣机甩干时E3" sees the washer E3 article before submitting (${lang})`, async ({
    browser,
  }) => {
    const customer = await signIn(browser, "customer@demo.local", lang);
    await customer.goto("/portal/new");
    await customer.getByTestId("new-subject").fill("洗衣机甩干时E3");
    const suggestions = customer.getByTestId("deflection-article");
    await expect(suggestions.first()).toBeVisible();
    // the Chinese article (the question is Chinese; English readers get its translation)
    await expect(suggestions.first()).toContainText(lang === "en" ? /Washing machine.*E3/ : /洗衣机.*E3/);
    await expect(suggestions.first()).not.toContainText("空调");
    // nothing was submitted: "this solved it" ends the request without a ticket
    await suggestions.first().click();
    await customer.getByTestId("deflection-solved").first().click();
    await expect(customer.getByTestId("deflected")).toBeVisible();
  });
}

test("the public help centre finds an article without signing in", async ({ browser }) => {
  const page = await openPage(browser, { locale: "zh-CN" });
  await page.goto("/help/demo");
  await page.getByTestId("help-search").fill("空调不制冷");
  await expect(page.getByTestId("help-result").first()).toContainText("空调不制冷");
});
