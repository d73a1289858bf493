import { mkdirSync } from "node:fs";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  type Lang,
  PHONE,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// The queue at agent speed and the agents' customer pages: bulk-assigning five tickets (one reason
// for the owned ones), finding a caller by caller-ID phone form and by serial and opening their
// 360, and clearing the notification bell in one click. Screenshots go to SHOTS_DIR when set.

type Ticket = { id: string; number: string; assigneeId: string | null };
type User = { id: string; name: string; email: string };
type Unit = { serial: string; customerName?: string };

const LANGS: Lang[] = ["zh-CN", "en"];
const shotsDir = process.env.SHOTS_DIR;

async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

async function staff(request: APIRequestContext, boss: string): Promise<User[]> {
  const res = await request.get("/api/v1/users?role=agent&limit=200", { headers: auth(boss) });
  return ((await res.json()) as { items: User[] }).items;
}

// Routing would hand unowned tickets out while the test works on them: off for the journey.
async function setAutoAssign(request: APIRequestContext, on: boolean) {
  const admin = await token(request, "admin@demo.local");
  const now = (await (
    await request.get("/api/v1/routing/settings", { headers: auth(admin) })
  ).json()) as Record<string, unknown>;
  const res = await request.patch("/api/v1/routing/settings", {
    headers: auth(admin),
    data: { autoAssign: on },
  });
  expect(res.ok()).toBeTruthy();
  return now.autoAssign === true;
}

async function pick(page: Page, testId: string, item: string) {
  await page.getByTestId(testId).click();
  await page
    .locator(".ant-dropdown:visible .ant-dropdown-menu-item")
    .filter({ hasText: item })
    .first()
    .click();
}

async function tick(page: Page, tickets: Ticket[]) {
  for (const tk of tickets) {
    await page
      .locator(`[data-testid="queue-row"][data-number="${tk.number}"] .ant-table-selection-column input`)
      .check();
  }
}

async function openQueue(page: Page, tag: string) {
  await page.goto("/console?view=allOpen");
  await page.getByTestId("queue-search").fill(tag);
  await expect(page.getByTestId("queue-row")).toHaveCount(5);
}

for (const lang of LANGS) {
  test(`an agent bulk-assigns five tickets; a supervisor moves them on with one reason (${lang})`, async ({
    browser,
    request,
  }) => {
    const boss = await token(request, "manager@demo.local");
    const agents = await staff(request, boss);
    const me = agents.find((u) => u.email === "agent@demo.local");
    const target = agents.find((u) => u.email === "agent2@demo.local");
    if (!me || !target) throw new Error("demo agents missing");
    const wasOn = await setAutoAssign(request, false);
    try {
      await bulkJourney(browser, request, lang, boss, me, target);
    } finally {
      await setAutoAssign(request, wasOn);
    }
  });
}

async function bulkJourney(
  browser: Browser,
  request: APIRequestContext,
  lang: Lang,
  boss: string,
  me: User,
  target: User,
) {
  {
    const customer = await token(request, "customer@demo.local");
    const tag = `Bulk-${lang}-${Date.now().toString(36)}`;
    const made: Ticket[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await request.post("/api/v1/tickets", {
        headers: auth(customer),
        data: { subject: `${tag} #${i} 噪音 noise`, description: "Loud spin / 脱水噪音大", type: "repair" },
      });
      expect(res.status()).toBe(201);
      const tk = (await res.json()) as Ticket;
      // Routing may have given it to someone already: start from five unowned tickets.
      if (tk.assigneeId) {
        const res2 = await request.patch(`/api/v1/tickets/${tk.number}`, {
          headers: auth(boss),
          data: { assigneeId: null, reason: "e2e setup" },
        });
        expect(res2.ok()).toBeTruthy();
      }
      made.push(tk);
    }

    const page = await signIn(browser, "agent@demo.local", lang);
    await openQueue(page, tag);
    await tick(page, made);
    // Ticking does not open the ticket.
    await expect(page).toHaveURL(/\/console(\?.*)?$/);
    const bar = page.getByTestId("queue-bulk-bar");
    await expect(page.getByTestId("queue-bulk-count")).toContainText("5");
    await shot(page, "queue-bulk-bar", lang, 1440);

    await pick(page, "bulk-assign", target.name);
    const result = page.getByTestId("bulk-result");
    await expect(result).toHaveAttribute("data-done", "true");
    await expect(page.locator('[data-testid="bulk-outcome"][data-result="ok"]')).toHaveCount(5);
    await expect(page.getByTestId("bulk-summary")).toContainText(lang === "en" ? "5 updated" : "成功 5");
    await shot(page, "queue-bulk-result", lang, 1440);
    await page.getByTestId("bulk-close").click();
    await expect(bar).toBeHidden();
    for (const tk of made) {
      const res = await request.get(`/api/v1/tickets/${tk.number}`, { headers: auth(boss) });
      expect(((await res.json()) as Ticket).assigneeId).toBe(target.id);
    }

    // A ticket already in the chosen status is skipped and said so; the other one moves.
    const started = await request.post(`/api/v1/tickets/${made[0]?.number}/transitions`, {
      headers: auth(boss),
      data: { action: "start" },
    });
    expect(started.ok()).toBeTruthy();
    await openQueue(page, tag);
    await tick(page, made.slice(0, 2));
    await pick(page, "bulk-status", lang === "en" ? "In progress" : "处理中");
    await expect(result).toHaveAttribute("data-done", "true");
    await expect(
      page.locator(`[data-testid="bulk-outcome"][data-result="skipped"][data-number="${made[0]?.number}"]`),
    ).toHaveCount(1);
    await expect(
      page.locator(`[data-testid="bulk-outcome"][data-result="ok"][data-number="${made[1]?.number}"]`),
    ).toHaveCount(1);
    await page.getByTestId("bulk-close").click();
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await shot(page, "queue-bulk-bar", lang, 390);
    await page.context().close();

    // Owned tickets change hands with a reason, asked once for all five (a supervisor may do it).
    const lead = await signIn(browser, "manager@demo.local", lang);
    await openQueue(lead, tag);
    await tick(lead, made);
    await pick(lead, "bulk-assign", me.name);
    const dialog = lead.locator(".ant-modal:visible");
    await expect(dialog).toContainText(
      lang === "en" ? "5 of them already have an owner" : "其中 5 张已有负责人",
    );
    await dialog.getByTestId("reason-input").fill(lang === "en" ? "Rebalancing the load" : "均衡工作量");
    await dialog.getByTestId("reason-ok").click();
    await expect(lead.getByTestId("bulk-result")).toHaveAttribute("data-done", "true");
    await expect(lead.locator('[data-testid="bulk-outcome"][data-result="ok"]')).toHaveCount(5);
    for (const tk of made) {
      const res = await request.get(`/api/v1/tickets/${tk.number}`, { headers: auth(boss) });
      expect(((await res.json()) as Ticket).assigneeId).toBe(me.id);
    }
    await lead.context().close();
  }
}

for (const lang of LANGS) {
  test(`an agent finds a customer by phone and by serial and opens the 360 (${lang})`, async ({
    browser,
    request,
  }) => {
    const agentToken = await token(request, "agent@demo.local");
    const units = (await (
      await request.get("/api/v1/units?limit=200", { headers: auth(agentToken) })
    ).json()) as { items: Unit[] };
    const zhangUnit = units.items.find((u) => u.customerName === "张伟");
    if (!zhangUnit) throw new Error("demo unit of 张伟 missing");

    const page = await signIn(browser, "agent@demo.local", lang);
    await page.getByTestId("nav-customerLookup").click();
    await expect(page).toHaveURL(/\/console\/customers/);
    const search = page.getByTestId("desk-customers-search").locator("input");
    // Caller ID form of "+86 138 0000 0001".
    await search.fill("13800000001");
    await search.press("Enter");
    const links = page.getByTestId("customer-link");
    await expect(links).toHaveCount(1);
    await expect(links.first()).toHaveText("张伟");
    await shot(page, "customers-search", lang, 1440);

    await search.fill(zhangUnit.serial);
    await search.press("Enter");
    await expect(links).toHaveCount(1);
    await expect(links.first()).toHaveText("张伟");
    await links.first().click();

    const c360 = page.getByTestId("customer-360");
    await expect(page.getByTestId("customer-name")).toHaveText("张伟");
    await expect(c360.getByTestId("customer-unit").filter({ hasText: zhangUnit.serial })).toBeVisible();
    await expect(c360.getByTestId("customer-ticket").first()).toBeVisible();
    await shot(page, "customer-360", lang, 1440);

    if (lang === "zh-CN") {
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(300);
      await expectNoHorizontalOverflow(page);
      await shot(page, "customer-360", lang, 390);
      await page.goto("/console/customers?q=13800000001");
      await expect(links.first()).toHaveText("张伟");
      await expectNoHorizontalOverflow(page);
      await shot(page, "customers-search", lang, 390);
      await page.setViewportSize({ width: 1440, height: 900 });
      await links.first().click();
    } else {
      await page.setViewportSize(PHONE);
      await page.goto("/console/customers?q=13800000001");
      await expect(links.first()).toHaveText("张伟");
      await shot(page, "customers-search", lang, 390);
      await page.setViewportSize({ width: 1440, height: 900 });
      await links.first().click();
    }

    // "New ticket for this customer" opens the form with the customer chosen.
    await page.getByTestId("customer-new-ticket").click();
    await expect(page).toHaveURL(/\/console\/new\?customerId=/);
    await expect(page.getByTestId("new-customer")).toContainText("张伟");
    await page.context().close();
  });
}

test("an agent marks all notifications read from the bell", async ({ browser, request }) => {
  const boss = await token(request, "manager@demo.local");
  const agents = await staff(request, boss);
  const agent2 = agents.find((u) => u.email === "agent2@demo.local");
  if (!agent2) throw new Error("demo agent2 missing");
  const customer = await token(request, "customer@demo.local");
  // Assignments by someone else notify agent2: two tickets, two groups.
  for (const subject of ["Bell one / 通知一", "Bell two / 通知二"]) {
    const res = await request.post("/api/v1/tickets", {
      headers: auth(customer),
      data: { subject, description: "d", type: "repair" },
    });
    const tk = (await res.json()) as Ticket;
    const moved = await request.patch(`/api/v1/tickets/${tk.number}`, {
      headers: auth(boss),
      data: tk.assigneeId ? { assigneeId: agent2.id, reason: "e2e" } : { assigneeId: agent2.id },
    });
    expect(moved.ok()).toBeTruthy();
  }

  const page = await signIn(browser, "agent2@demo.local", "en");
  const bell = page.getByTestId("notification-bell");
  await expect(bell).not.toHaveAttribute("data-unread", "0");
  await bell.click();
  const groups = page.getByTestId("notification-group");
  expect(await groups.count()).toBeGreaterThanOrEqual(2);
  await expect(groups.filter({ hasText: "Bell one" }).first()).toBeVisible();
  await shot(page, "notifications", "en", 1440);
  await page.getByTestId("notifications-read-all").click();
  await expect(bell).toHaveAttribute("data-unread", "0");
  await expect(page.locator('[data-testid="notification-item"][data-read="false"]')).toHaveCount(0);
  const t2 = await token(request, "agent2@demo.local");
  const left = await request.get("/api/v1/notifications?unread=true", { headers: auth(t2) });
  expect(((await left.json()) as { items: unknown[] }).items).toHaveLength(0);
  await page.context().close();
});
