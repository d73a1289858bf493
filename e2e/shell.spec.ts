import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { agentCount, expectNoHorizontalOverflow, type Lang, PHONE, signIn } from "./helpers";
import { journeyVariants, test } from "./helpers.js";

const MENU = {
  en: { queue: "Ticket queue", admin: "Administration", open: "Open menu" },
  "zh-CN": { queue: "工单队列", admin: "系统管理", open: "打开菜单" },
} as const;

for (const lang of journeyVariants(["zh-CN", "en"] as const satisfies Lang[])) {
  test(`the console works on a phone (${lang}): drawer menu, queue, ticket`, async ({ browser }) => {
    const page = await signIn(browser, "agent@demo.local", lang, PHONE);
    await expect(page).toHaveURL(/\/console$/);
    await expectNoHorizontalOverflow(page);
    // The header fits: sign-out stays reachable through the user menu.
    const user = page.getByTestId("user-menu");
    await expect(user).toBeInViewport();
    await user.click();
    await expect(page.getByTestId("logout")).toBeVisible();
    await page.keyboard.press("Escape");

    const toggle = page.getByRole("button", { name: MENU[lang].open });
    await expect(toggle).toBeInViewport();
    await page.goto("/console/new");
    await toggle.click();
    const drawer = page.getByRole("dialog");
    await expect(drawer.getByText(MENU[lang].queue)).toBeVisible();
    await expect(drawer.getByText(MENU[lang].admin)).toHaveCount(0);
    await page.getByTestId("nav-queue").click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(drawer).toBeHidden();

    // Each queue row shows its subject with room to read it.
    const row = page.getByTestId("queue-row").first();
    await expect(row).toBeVisible();
    const subject = row.locator(".ant-typography").first();
    expect((await subject.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await expectNoHorizontalOverflow(page);

    const number = await row.getAttribute("data-number");
    await row.click();
    await expect(page.getByTestId("ticket-number")).toContainText(number ?? "SO-");
    await expect(page.getByTestId("breadcrumbs")).toContainText(number ?? "SO-");
    await expectNoHorizontalOverflow(page);
    await page.context().close();
  });
}

test("each role lands on its own home and sees only its menu entries", async ({ browser }) => {
  const homes = [
    {
      email: "agent@demo.local",
      url: /\/console$/,
      sees: ["nav-queue", "nav-newTicket"],
      not: ["nav-users", "nav-load"],
    },
    {
      email: "manager@demo.local",
      url: /\/console\/load$/,
      sees: ["nav-load", "nav-sla", "nav-macros"],
      not: ["nav-users"],
    },
    {
      email: "tech@demo.local",
      url: /\/console\/my-work$/,
      sees: ["nav-myWork"],
      not: ["nav-queue", "nav-users"],
    },
    {
      email: "qa@demo.local",
      url: /\/console\/review$/,
      sees: ["nav-review"],
      not: ["nav-queue", "nav-users"],
    },
  ];
  for (const h of homes) {
    const page = await signIn(browser, h.email, "en");
    await expect(page).toHaveURL(h.url);
    for (const id of h.sees) await expect(page.getByTestId(id)).toBeVisible();
    for (const id of h.not) await expect(page.getByTestId(id)).toHaveCount(0);
    if (h.email !== "manager@demo.local") {
      await expect(page.getByTestId("side-menu")).not.toContainText("Administration");
    }
    await page.context().close();
  }
});

test("a technician's home lists their own jobs, and the agent queue sends them back there", async ({
  browser,
}) => {
  const page = await signIn(browser, "tech@demo.local", "zh-CN", PHONE);
  await expect(page.getByTestId("my-jobs")).toBeVisible();
  await expect(page.getByTestId("work-item").first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.goto("/console");
  await expect(page).toHaveURL(/\/console\/my-work$/);
  await page.context().close();
});

const ADMIN_PAGES = [
  "users",
  "teams",
  "customers",
  "units",
  "products",
  "slaPolicies",
  "calendars",
  "routingSettings",
  "triggers",
  "macros",
  "mailboxes",
  "apiKeys",
  "webhooks",
  "audit",
  "tenant",
];

test("an admin reaches every admin page from the menu and each opens without error", async ({ browser }) => {
  const page = await signIn(browser, "admin@demo.local", "zh-CN");
  await expect(page).toHaveURL(/\/admin$/);
  for (const key of ADMIN_PAGES) {
    const entry = page.getByTestId(`nav-${key}`);
    const label = (await entry.textContent()) ?? "";
    await entry.click();
    await expect(page.getByTestId("breadcrumbs")).toContainText(label);
    await expect(page.locator("main .ant-skeleton")).toHaveCount(0);
    await expect(page.locator("main").locator("table, form, .ant-empty").first()).toBeVisible();
    await expect(page.locator(".ant-result-warning, .ant-result-403, .ant-result-404")).toHaveCount(0);
  }
  await page.context().close();
});

test("admin lists keep filters in the URL, remember hidden columns and export CSV that Excel reads", async ({
  browser,
  request,
}) => {
  // As many rows as there are agents now (other journeys add some to the demo tenant).
  const agents = await agentCount(request);
  const page = await signIn(browser, "admin@demo.local", "en");
  await page.goto("/admin/users");
  await page.getByTestId("users-filter-role").click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: "Agent" })
    .click();
  await expect(page).toHaveURL(/role=agent/);
  const rows = page.locator('[data-testid="users-table"] .ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(agents);

  // Hide the e-mail column; it stays hidden after a reload, and the filter is still applied.
  await page.getByTestId("users-columns").click();
  await page.getByTestId("users-column-settings").getByText("E-mail").click();
  await expect(page.getByRole("columnheader", { name: "E-mail" })).toHaveCount(0);
  await page.reload();
  await expect(rows).toHaveCount(agents);
  await expect(page.getByRole("columnheader", { name: "E-mail" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByTestId("users-export").click();
  const file = await (await download).path();
  const text = await readFile(file, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("刘洋");
  expect(text.trim().split("\r\n")).toHaveLength(agents + 1);

  // A name opens the person's record page, with the tickets they hold.
  await page.getByRole("link", { name: "刘洋" }).click();
  const detail = page.getByTestId("user-detail");
  await expect(detail.getByRole("heading", { name: "刘洋" })).toBeVisible();
  await expect(page.getByTestId("user-tickets").getByTestId("work-item").first()).toBeVisible();
  await expect(page.getByTestId("breadcrumbs")).toContainText("Users");
  await page.context().close();
});

test("a form with unsaved input asks before it is thrown away", async ({ browser }) => {
  const page = await signIn(browser, "admin@demo.local", "en");
  await page.goto("/admin/teams");
  await page.getByTestId("admin-create").click();
  await page.getByTestId("modal-ok").click();
  await expect(page.locator(".ant-form-item-explain-error").first()).toBeVisible();
  await page.getByLabel("Team name").fill("Night shift");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(".ant-modal-confirm-title")).toHaveText("Discard your changes?");
  await page.getByRole("button", { name: "Keep editing" }).click();
  await expect(page.getByLabel("Team name")).toHaveValue("Night shift");
  await page.getByTestId("modal-ok").click();
  await expect(page.getByRole("cell", { name: "Night shift" })).toBeVisible();
  await page.context().close();
});
