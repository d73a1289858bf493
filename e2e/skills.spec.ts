import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { type Lang, PHONE, signIn, test } from "./helpers.js";

// Skills are a managed list: the admin renames a code the demo uses ("washer"), and the
// products page shows and offers it by name in the reader's language, not as a slug.

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

test("an admin names a skill in both languages and pickers show the name (en, zh-CN)", async ({
  browser,
}) => {
  const page = await signIn(browser, "admin@demo.local", "en");
  await page.goto("/admin/skills");
  const row = page.locator('[data-testid="skill-row"][data-code="washer"]');
  // The demo names its skills; the admin renames one.
  await expect(row).toContainText("Washing machines");
  await row.getByRole("button", { name: "Edit" }).click();
  await page.getByTestId("skill-name-zh").fill("洗衣机维修");
  await page.getByTestId("skill-name-en").fill("Washer repair");
  await page.locator(".ant-modal:visible .ant-btn-primary").click();
  await expect(row).toContainText("Washer repair");
  await expect(row).toContainText("Named");
  await shot(page, "skills-page", "en", 1440);

  await page.goto("/admin/products");
  await expect(page.getByText("Washer repair").first()).toBeVisible();
  await expect(page.locator("tr").filter({ hasText: "WM-D100" }).locator(".ant-tag")).toHaveText([
    "Washer repair",
  ]);
  await page.context().close();

  const zh = await signIn(browser, "admin@demo.local", "zh-CN", PHONE);
  await zh.goto("/admin/skills");
  await expect(zh.locator('[data-testid="skill-row"][data-code="washer"]')).toContainText("洗衣机维修");
  await shot(zh, "skills-page", "zh-CN", 390);
  await zh.context().close();
});
