import { expect, test } from "@playwright/test";
import { bearer as auth, signIn, apiToken as tokenOf } from "./helpers.js";

// A supervisor opens the KPI dashboard, sees the same closed-loop count as the API, and clicks the
// KPI through to the tickets behind it.
test("the KPI dashboard opens the tickets behind a number", async ({ browser, request }) => {
  const manager = await tokenOf(request, "manager@demo.local");
  const api = await request.get("/api/v1/kpis/volume?from=2000-01-01&to=2099-12-31", {
    headers: auth(manager),
  });
  expect(api.status()).toBe(400); // more than 731 days: refused, translated
  const page = await signIn(browser, "manager@demo.local", "en");
  await page.goto("/console/analytics");
  const card = page.locator('[data-kpi="closed_loop_rate"]');
  await expect(card).toContainText("Closed-loop rate");
  await expect(card).toContainText("%");
  await expect(page.getByRole("img", { name: "Volume and backlog" })).toBeVisible();
  await card.click();
  await expect(page).toHaveURL(/\/console\?.*status=closed/);
  await expect(page.getByRole("row").nth(1)).toContainText("Closed");
});

test("an agent sees their own numbers in Chinese", async ({ browser }) => {
  const page = await signIn(browser, "agent@demo.local", "zh-CN");
  await page.goto("/console/my-numbers");
  await expect(page.getByText("我的指标").first()).toBeVisible();
  await expect(page.locator('[data-kpi="fcr_rate"]')).toContainText("首次解决率");
});
