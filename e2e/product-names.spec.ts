import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { apiToken, bearer, journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

// Products are named in the reader's language: the demo's 滚筒洗衣机 reads "Front-load washer" in the
// English console and portal, and stays Chinese in the Chinese ones. Screenshots go to SHOTS_DIR.

type Ticket = { id: string; number: string; productName?: string | null; productNameEn?: string | null };
type Unit = { serial: string; productName: string; productNameEn?: string | null };

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

for (const lang of journeyVariants(["en", "zh-CN"] as const)) {
  test(`ticket page and customer panel name the product in ${lang}`, async ({ browser, request }) => {
    const agent = await apiToken(request, "agent@demo.local");
    const list = (await (
      await request.get("/api/v1/tickets?limit=100", { headers: bearer(agent) })
    ).json()) as { items: Ticket[] };
    const tk = list.items.find((t) => t.productName && t.productNameEn);
    if (!tk?.productName || !tk.productNameEn) throw new Error("no demo ticket about a named product");
    const [shown, hidden] =
      lang === "en" ? [tk.productNameEn, tk.productName] : [tk.productName, tk.productNameEn];

    for (const viewport of [{ width: 1440, height: 900 }, PHONE]) {
      const page = await signIn(browser, "agent@demo.local", lang, viewport);
      await page.goto(`/console/tickets/${tk.number}`);
      await expect(page.getByTestId("ticket-product")).toHaveText(shown);
      await expect(page.getByText(hidden, { exact: true })).toHaveCount(0);
      await shot(page, "product-ticket", lang, viewport.width === 1440 ? 1440 : 390);
      await page.context().close();
    }
  });

  test(`the portal names the customer's products in ${lang}`, async ({ browser, request }) => {
    const customer = await apiToken(request, "customer@demo.local");
    const units = (await (await request.get("/api/v1/units", { headers: bearer(customer) })).json()) as {
      items: Unit[];
    };
    const unit = units.items.find((u) => u.productNameEn);
    if (!unit?.productNameEn) throw new Error("the demo customer has no product with an English name");
    const page = await signIn(browser, "customer@demo.local", lang);
    const card = page.locator(`[data-testid="portal-unit"][data-serial="${unit.serial}"]`);
    await expect(card).toContainText(lang === "en" ? unit.productNameEn : unit.productName);
    await expect(card).not.toContainText(lang === "en" ? unit.productName : unit.productNameEn);
    await shot(page, "product-portal", lang, 390);
    await page.context().close();
  });
}
