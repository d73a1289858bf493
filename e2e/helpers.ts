import { mkdirSync } from "node:fs";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

const DEMO_PASSWORD = "aftercare-demo";
// Where the web app keeps the session token and this device's language (src/web/app/api.ts, src/web/i18n).
const TOKEN_KEY = "aftercare.token";
const LANG_KEY = "aftercare.lang";
export type Lang = "en" | "zh-CN";

export const PHONE = { width: 390, height: 844 };

// The variants a journey runs in (languages, widths). A spec lists them with complementary ones
// first; CI runs the first `keep` of them — every language and width still covered across the
// suite, and key parity between languages is checked by the compiler (src/web/i18n) — while
// E2E_ALL_VARIANTS=1 runs them all (screenshots in both languages at both widths, release checks).
export function journeyVariants<T>(all: readonly T[], keep = 1): T[] {
  return process.env.E2E_ALL_VARIANTS ? [...all] : all.slice(0, keep);
}
const DESK = { width: 1440, height: 900 };

// Every context a journey opens through signIn or openPage is closed when its test ends, passed or
// failed: pages left open keep polling the server and slow every later journey.
const opened = new Set<BrowserContext>();
export const test = base.extend<{ closeOpenedContexts: undefined }>({
  closeOpenedContexts: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take an object pattern
    async ({}, use) => {
      await use(undefined);
      for (const context of opened) await context.close().catch(() => undefined);
      opened.clear();
    },
    { auto: true },
  ],
});

// A page in a fresh context nobody is signed in to, closed with the test like signIn's.
export async function openPage(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  opened.add(context);
  return context.newPage();
}

// A fresh browser context per person, so the customer and the agent are signed in side by side.
export async function signIn(
  browser: Browser,
  email: string,
  lang: Lang,
  viewport = email.startsWith("customer") ? PHONE : DESK,
): Promise<Page> {
  const context = await browser.newContext({ locale: lang, viewport });
  opened.add(context);
  const page = await context.newPage();
  await page.goto("/login");
  await page
    .getByTestId("lang-switch")
    .getByText(lang === "en" ? "English" : "中文")
    .click();
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await expect(page).not.toHaveURL(/\/login/);
  // The account's saved language wins at sign-in, and a journey in another worker may just have
  // saved the other one for this demo account: show and save ours, and reload until it holds.
  const html = page.locator("html");
  await expect(async () => {
    if ((await html.getAttribute("lang")) !== lang) {
      await page.evaluate(
        `localStorage.setItem("${LANG_KEY}", "${lang}"); fetch("/api/v1/me", { method: "PATCH", headers: { "content-type": "application/json", authorization: "Bearer " + localStorage.getItem("${TOKEN_KEY}") }, body: JSON.stringify({ locale: "${lang}" }) })`,
      );
      await page.reload();
    }
    await expect(html).toHaveAttribute("lang", lang, { timeout: 3_000 });
  }).toPass({ timeout: 15_000 });
  return page;
}

// Picks an option of an Ant Design Select identified by its test id. A click that lands while the
// list is still sliding open (or while another select's list is still closing) can be lost on a
// loaded machine: the pick is made again, at most three times, until the select shows it (antd 6:
// `-content-value` for one, `-selection-item` for several) or a dialog opens (a reason to give
// first). An option that never appears fails on the last try; a select whose shown value is not the
// option's text leaves that check to the journey.
export async function choose(page: Page, testId: string, optionText: string | RegExp): Promise<void> {
  const select = page.getByTestId(testId);
  const open = page.locator(".ant-select-dropdown:visible");
  const option = open.locator(".ant-select-item-option").filter({ hasText: optionText }).first();
  const shown = select
    .locator(".ant-select-content-value, .ant-select-selection-item")
    .filter({ hasText: optionText });
  // A dialog the pick opened, not one the select already sits in.
  const dialog = page.locator(".ant-modal-wrap:visible");
  const dialogsBefore = await dialog.count();
  const attempts = 3;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    // Another select's list still closing would take the pick: wait for it to go first.
    if (attempt === 1) await expect(open).toHaveCount(0);
    if ((await open.count()) === 0) await select.click();
    const last = attempt === attempts;
    try {
      await option.click(last ? {} : { timeout: 5_000 });
    } catch (error) {
      if (last) throw error;
      continue;
    }
    try {
      await expect(async () => {
        if (await shown.first().isVisible()) return;
        expect(await dialog.count()).toBeGreaterThan(dialogsBefore);
      }).toPass({ timeout: 3_000 });
      return;
    } catch {
      // not taken yet: pick again
    }
  }
}

// `choose` on a single select, then the list closed before the next click. A pick that took a
// second try can leave the list its retry reopened on a slow machine: moving focus away closes it.
export async function chooseAndClose(page: Page, testId: string, optionText: string | RegExp): Promise<void> {
  await choose(page, testId, optionText);
  const open = page.locator(".ant-select-dropdown:visible");
  try {
    await expect(open).toHaveCount(0, { timeout: 3_000 });
  } catch {
    // Focus leaving the select closes its list; clicking a searchable select again only focuses
    // its input and keeps the list open (seen on CI).
    await page.keyboard.press("Tab");
    await expect(open).toHaveCount(0);
  }
}

export async function openTicketFromQueue(page: Page, number: string): Promise<void> {
  await page.goto("/console");
  await page.getByTestId("queue-search").fill(number);
  const row = page.locator(`[data-testid="queue-row"][data-number="${number}"]`);
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId("ticket-number")).toContainText(number);
}

// Nothing wider than the screen: no sideways scrolling of the whole page.
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // Runs in the page; the e2e tsconfig has no DOM types, hence the string.
  const [scroll, client] = (await page.evaluate(
    "[document.documentElement.scrollWidth, document.documentElement.clientWidth]",
  )) as [number, number];
  expect(scroll).toBeLessThanOrEqual(client);
}

// A session token for API calls a journey makes behind the screens (setup, checks).
export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post("/api/v1/auth/login", { data: { email, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { token: string }).token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

// A phone screenshot, then the same page at desk width, into SHOTS_DIR when it is set (the page
// ends at phone width again). Named <name>-<lang>-390.png and -1440.png.
export async function phoneAndDeskShot(page: Page, name: string, lang: Lang): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}-${lang}-390.png`, fullPage: true });
  await page.setViewportSize(DESK);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${name}-${lang}-1440.png`, fullPage: true });
  await page.setViewportSize(PHONE);
}

// How many agents the demo tenant has now: journeys add their own, so lists are checked against it.
export async function agentCount(request: APIRequestContext): Promise<number> {
  const admin = await apiToken(request, "admin@demo.local");
  const res = await request.get("/api/v1/users", {
    headers: bearer(admin),
    params: { role: "agent", limit: 200 },
  });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { items: unknown[] }).items.length;
}
