import { mkdirSync, readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { verifyCheckpointBundle } from "../src/shared/audit-bundle.js";
import {
  bearer,
  expectNoHorizontalOverflow,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// The auditor's audit screen (verify, download checkpoints that verify offline) and an admin's
// personal-data export and erasure on a customer's 360 page. Screenshots go to SHOTS_DIR when set.

const LANGS: Lang[] = ["zh-CN", "en"];
const shotsDir = process.env.SHOTS_DIR;

async function shots(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-1440.png`, fullPage: false });
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-390.png`, fullPage: false });
  await page.setViewportSize({ width: 1440, height: 900 });
}

// An item of the open dropdown (the side menu has menu items too).
const menuItem = (page: Page, n: number) =>
  page.locator(".ant-dropdown:visible .ant-dropdown-menu-item").nth(n);

for (const lang of journeyVariants(LANGS)) {
  test(`an auditor verifies the log and downloads checkpoints that verify offline (${lang})`, async ({
    browser,
    request,
  }) => {
    const page = await signIn(browser, "auditor@demo.local", lang);
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByTestId("admin-audit")).toBeVisible();
    // Only the audit log in the menu, and no desk widgets.
    await expect(page.getByTestId("presence-control")).toHaveCount(0);
    await page.getByTestId("audit-verify").click();
    await expect(page.getByTestId("audit-result")).toHaveClass(/ant-alert-success/);
    await page.getByTestId("audit-how-to-verify").getByRole("button").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("audit-download").click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), "utf8"));
    const key = (await (await request.get("/api/v1/audit/public-key")).json()).verifierKey as string;
    expect(verifyCheckpointBundle(file, key)).toMatchObject({ ok: true });
    await shots(page, "audit-auditor", lang);
    // The rest of administration is not theirs.
    await page.goto("/admin/users");
    await expect(page.getByText("403")).toBeVisible();
    await page.context().close();
  });

  test(`an admin exports and erases a customer's personal data (${lang})`, async ({ browser, request }) => {
    const admin = await token(request, "admin@demo.local");
    const name = `隐私测试 ${lang} ${Date.now() % 100000}`;
    const created = await request.post("/api/v1/customers", {
      headers: bearer(admin),
      data: {
        name,
        kind: "person",
        email: `privacy.${lang.toLowerCase()}.${Date.now()}@example.cn`,
        phone: "13911112222",
      },
    });
    expect(created.ok()).toBeTruthy();
    const customer = (await created.json()) as { id: string };
    const page = await signIn(browser, "admin@demo.local", lang);
    await page.goto(`/console/customers/${customer.id}`);
    await expect(page.getByTestId("customer-name")).toHaveText(name);
    await page.getByTestId("customer-personal-data").click();
    const [download] = await Promise.all([page.waitForEvent("download"), menuItem(page, 0).click()]);
    expect(JSON.parse(readFileSync(await download.path(), "utf8")).customer.name).toBe(name);
    await page.getByTestId("customer-personal-data").click();
    await menuItem(page, 1).click();
    const confirm = page.getByRole("dialog").locator(".ant-modal-footer .ant-btn-dangerous");
    await expect(confirm).toBeDisabled();
    await page.getByTestId("erase-name").fill(name);
    await shots(page, "privacy-erase-dialog", lang);
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(page.getByTestId("customer-erased")).toBeVisible();
    await expect(page.getByTestId("customer-name")).toHaveText(/^erased-[0-9a-f]{8}$/);
    await expect(page.getByTestId("customer-personal-data")).toHaveCount(0);
    await shots(page, "privacy-erased", lang);

    // Retention rules on the tenant page.
    await page.goto("/admin/tenant");
    await page.getByTestId("retention-closedTicketMonths").fill("24");
    await page.getByTestId("retention-attachmentMonths").fill("12");
    await page.getByTestId("retention-save").click();
    await expect
      .poll(
        async () => await (await request.get("/api/v1/privacy/retention", { headers: bearer(admin) })).json(),
      )
      .toEqual({ closedTicketMonths: 24, attachmentMonths: 12 });
    await page.getByTestId("retention-settings").scrollIntoViewIfNeeded();
    await shots(page, "retention", lang);

    // A witness address on the audit page.
    await page.goto("/admin/audit");
    await page.getByTestId("audit-witnesses").getByRole("button").first().click();
    await page.getByTestId("witness-addresses").click();
    await page.keyboard.type(`notary-${lang.toLowerCase()}@witness.example`);
    await page.keyboard.press("Enter");
    await page.getByTestId("witness-save").click();
    await expect
      .poll(
        async () =>
          (await (await request.get("/api/v1/audit/witnesses", { headers: bearer(admin) })).json()).addresses,
      )
      .toContain(`notary-${lang.toLowerCase()}@witness.example`);
    await shots(page, "audit-admin-witness", lang);
    await page.context().close();
  });
}
