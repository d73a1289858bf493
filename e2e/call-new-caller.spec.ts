import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import {
  apiToken,
  bearer,
  chooseAndClose,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
} from "./helpers.js";

// A first-time caller is logged in one go from the customer lookup: the number finds no one, the
// agent types the caller's name, and the customer, the call and the ticket are created together.
// A known number offers its customer instead. Screenshots go to SHOTS_DIR.

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`a first-time caller becomes a customer with a ticket in one form (${lang})`, async ({
    browser,
    request,
  }) => {
    const tail = String(Date.now()).slice(-8);
    const number = `+86 139 ${tail.slice(0, 4)} ${tail.slice(4)}`;
    const name = lang === "en" ? `Caller ${tail}` : `来电人${tail}`;
    const viewport = lang === "en" ? { width: 1440, height: 900 } : PHONE;
    const page = await signIn(browser, "agent@demo.local", lang, viewport);
    await page.goto("/console/customers");
    await page.getByTestId("call-from-caller").click();
    await page.getByTestId("call-number").fill(number);
    await expect(page.getByTestId("call-unknown")).toBeVisible();
    await page.getByTestId("call-customer-name").fill(name);
    await page.getByTestId("call-subject").fill(lang === "en" ? "Fridge not cooling" : "冰箱不制冷");
    // Any type will do; the pick is checked (a click on a list still opening was lost on CI).
    await chooseAndClose(page, "call-type", /./);
    await page
      .getByLabel(lang === "en" ? "Summary" : "通话摘要")
      .fill(lang === "en" ? "Since last night" : "昨晚开始");
    await shot(page, "call-new-caller", lang, viewport.width === 1440 ? 1440 : 390);
    await page.getByTestId("call-submit").click();
    await expect(page).toHaveURL(/\/console\/tickets\//);
    await expect(page.getByTestId("ticket-subject")).toContainText(
      lang === "en" ? "Fridge not cooling" : "冰箱不制冷",
    );

    const agent = await apiToken(request, "agent@demo.local");
    const found = (await (
      await request.get(`/api/v1/customers?q=${encodeURIComponent(`139${tail}`)}`, { headers: bearer(agent) })
    ).json()) as { items: { id: string; name: string }[] };
    expect(found.items.map((c) => c.name)).toEqual([name]);

    // The same number again: the caller is offered, nobody is created twice.
    await page.goto("/console/customers");
    await page.getByTestId("call-from-caller").click();
    await page.getByTestId("call-number").fill(`139${tail}`);
    await expect(page.getByTestId("call-caller")).toContainText(name);
    await expect(page.getByTestId("call-unknown")).toHaveCount(0);
    await page.context().close();
  });
}
