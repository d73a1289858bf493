import { mkdirSync } from "node:fs";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import {
  bearer as auth,
  choose,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// Journeys through what used to break: reassigning an owned ticket from its page, replying and
// resolving in one action, finding a customer by caller ID and by serial, a macro that would tell
// a customer a lapsed warranty still runs, and a compliance report whose met % counts only
// finished targets. Screenshots go to SHOTS_DIR when set (both languages, desk and phone width).

type Ticket = { id: string; number: string; assigneeId: string | null; status: string };
type Unit = { serial: string; customerId: string; customerName?: string; warranty: { status: string } };

const LANGS: Lang[] = ["zh-CN", "en"];
const shotsDir = process.env.SHOTS_DIR;

async function me(request: APIRequestContext, t: string): Promise<{ id: string; name: string }> {
  return (await (await request.get("/api/v1/me", { headers: auth(t) })).json()) as {
    id: string;
    name: string;
  };
}

async function newRequest(request: APIRequestContext, subject: string): Promise<Ticket> {
  const t = await token(request, "customer@demo.local");
  const res = await request.post("/api/v1/tickets", {
    headers: auth(t),
    data: { subject, description: "Drum stops mid-cycle / 滚筒中途停转", type: "repair" },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as Ticket;
}

async function assign(request: APIRequestContext, ref: string, userId: string, reason?: string) {
  const boss = await token(request, "manager@demo.local");
  const res = await request.patch(`/api/v1/tickets/${ref}`, {
    headers: auth(boss),
    data: reason ? { assigneeId: userId, reason } : { assigneeId: userId },
  });
  expect(res.ok()).toBeTruthy();
}

// The journeys run at a desk and on a phone: the console is used on both.
type Width = 1440 | 390;
// Each journey in Chinese at desk width and in English on a phone: both languages and both widths
// on every run; all four pairs with E2E_ALL_VARIANTS=1.
const VARIANTS = journeyVariants<[Lang, Width]>(
  [
    ["zh-CN", 1440],
    ["en", 390],
    ["en", 1440],
    ["zh-CN", 390],
  ],
  2,
);

async function shots(page: Page, name: string, lang: Lang, width: Width = 1440) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

async function signedIn(browser: Browser, email: string, lang: Lang, width: Width = 1440) {
  return signIn(browser, email, lang, width === 390 ? PHONE : { width: 1440, height: 900 });
}

for (const [lang, width] of VARIANTS) {
  test(`a supervisor reassigns an owned ticket from its page, giving a reason (${lang}, ${width} px)`, async ({
    browser,
    request,
  }) => {
    const agentToken = await token(request, "agent@demo.local");
    const agent2 = await me(request, await token(request, "agent2@demo.local"));
    const agent = await me(request, agentToken);
    const created = await newRequest(request, `E2E reassign ${lang} ${Date.now()}`);
    // Owned by someone other than agent2 before the supervisor moves it.
    const owner = created.assigneeId === agent2.id || !created.assigneeId ? agent : null;
    if (owner) await assign(request, created.number, owner.id, created.assigneeId ? "e2e setup" : undefined);

    const boss = await signedIn(browser, "manager@demo.local", lang, width);
    await boss.goto(`/console/tickets/${created.number}`);
    await expect(boss.getByTestId("ticket-number")).toContainText(created.number);
    await choose(boss, "ticket-assignee", agent2.name);
    // The page asks why before the server is asked (首问责任制).
    const dialog = boss.locator(".ant-modal:visible");
    await expect(dialog.getByTestId("reason-input")).toBeVisible();
    await dialog
      .getByTestId("reason-input")
      .fill(lang === "en" ? "Washer specialist takes over" : "转给洗衣机专员处理");
    await shots(boss, "reassign-reason", lang, width);
    await dialog.getByTestId("reason-ok").click();
    await expect(boss.locator(".ant-modal:visible")).toHaveCount(0);
    await expect(boss.getByTestId("ticket-assignee")).toContainText(agent2.name);
    const after = (await (
      await request.get(`/api/v1/tickets/${created.number}`, { headers: auth(agentToken) })
    ).json()) as Ticket;
    expect(after.assigneeId).toBe(agent2.id);
    await boss.context().close();
  });

  test(`an agent replies and resolves in one action (${lang}, ${width} px)`, async ({ browser, request }) => {
    const agentToken = await token(request, "agent@demo.local");
    const agent = await me(request, agentToken);
    const created = await newRequest(request, `E2E send and resolve ${lang} ${Date.now()}`);
    await assign(
      request,
      created.number,
      agent.id,
      created.assigneeId && created.assigneeId !== agent.id ? "e2e" : undefined,
    );
    const start = await request.post(`/api/v1/tickets/${created.number}/transitions`, {
      headers: auth(agentToken),
      data: { action: "start" },
    });
    expect(start.ok()).toBeTruthy();

    const page = await signedIn(browser, "agent@demo.local", lang, width);
    await page.goto(`/console/tickets/${created.number}`);
    await expect(page.getByTestId("ticket-number")).toContainText(created.number);
    await page
      .getByTestId("reply-body")
      .fill(lang === "en" ? "The drum belt was replaced." : "已为您更换皮带。");
    await page.getByTestId("reply-send-and").click();
    await shots(page, "reply-send-and", lang, width);
    await page.getByTestId("reply-send-resolve").click();
    await expect(page.getByTestId("ticket-status")).toContainText(lang === "en" ? "Resolved" : "已解决");
    await expect(page.getByTestId("reply-body")).toHaveValue("");
    const after = (await (
      await request.get(`/api/v1/tickets/${created.number}`, { headers: auth(agentToken) })
    ).json()) as Ticket;
    expect(after.status).toBe("resolved");
    await page.context().close();
  });

  test(`an agent finds a customer by caller ID and by serial (${lang}, ${width} px)`, async ({
    browser,
    request,
  }) => {
    const agentToken = await token(request, "agent@demo.local");
    const units = (await (
      await request.get("/api/v1/units?limit=200", { headers: auth(agentToken) })
    ).json()) as { items: Unit[] };
    const zhangUnit = units.items.find((u) => u.customerName === "张伟");
    expect(zhangUnit).toBeTruthy();
    if (!zhangUnit) return;

    const page = await signedIn(browser, "agent@demo.local", lang, width);
    await page.goto("/console/new");
    const picker = page.getByTestId("new-customer");
    await picker.click();
    await page.keyboard.type("13800000001");
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect(option.filter({ hasText: "张伟" }).first()).toBeVisible();
    await shots(page, "customer-by-phone", lang, width);
    await page.keyboard.press("Escape");
    await picker.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(zhangUnit.serial);
    await expect(option.filter({ hasText: "张伟" }).first()).toBeVisible();
    // The queue finds the customer's tickets by name too.
    await page.goto("/console");
    await page.getByTestId("queue-search").fill("张伟");
    await expect(page.getByTestId("queue-row").first()).toBeVisible();
    await shots(page, "queue-search-name", lang, width);
    await page.context().close();
  });

  test(`the warranty macro warns on a lapsed unit and writes dates in the agent's language (${lang}, ${width} px)`, async ({
    browser,
    request,
  }) => {
    const agentToken = await token(request, "agent@demo.local");
    const units = (await (
      await request.get("/api/v1/units?limit=200", { headers: auth(agentToken) })
    ).json()) as { items: Unit[] };
    const lapsed = units.items.find((u) => u.warranty.status === "expired");
    expect(lapsed).toBeTruthy();
    if (!lapsed) return;
    const res = await request.post("/api/v1/tickets", {
      headers: auth(agentToken),
      data: {
        subject: `E2E warranty ${lang} ${Date.now()}`,
        description: "Asks whether the repair is free",
        type: "consultation",
        customerId: lapsed.customerId,
        unitSerial: lapsed.serial,
      },
    });
    expect(res.status()).toBe(201);
    const ticket = (await res.json()) as Ticket;

    const page = await signedIn(browser, "agent@demo.local", lang, width);
    await page.goto(`/console/tickets/${ticket.number}`);
    await choose(page, "macro-picker", /保修确认/);
    await expect(page.getByTestId("macro-warning")).toBeVisible();
    await expect(page.getByTestId("macro-warning")).toContainText(lapsed.serial);
    const body = await page.getByTestId("reply-body").inputValue();
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(body).toMatch(lang === "en" ? /[A-Z][a-z]{2} \d{1,2}, \d{4}/ : /\d{4}年\d{1,2}月\d{1,2}日/);
    await shots(page, "macro-warning", lang, width);
    await page.context().close();
  });

  test(`a supervisor reads a compliance report with running targets apart (${lang}, ${width} px)`, async ({
    browser,
    request,
  }) => {
    const page = await signedIn(browser, "manager@demo.local", lang, width);
    await page.goto("/console/sla?tab=report");
    await expect(page.getByTestId("report-table")).toBeVisible();
    await expect(
      page.getByRole("columnheader", { name: lang === "en" ? "Running" : "计时中" }),
    ).toBeVisible();
    const running = await page.getByTestId("report-running").allTextContents();
    expect(running.some((n) => Number(n) > 0)).toBe(true);
    // The met % shown is met over finished targets, as the API says.
    const bossToken = await token(request, "manager@demo.local");
    const now = Date.now();
    const r = await request.get(
      `/api/v1/sla/report?from=${new Date(now - 30 * 86_400_000).toISOString()}&to=${new Date(now + 86_400_000).toISOString()}&groupBy=priority`,
      { headers: auth(bossToken) },
    );
    const rows = (
      (await r.json()) as { rows: { met: number; breaches: number; metPercent: number | null }[] }
    ).rows;
    for (const row of rows) {
      const finished = row.met + row.breaches;
      expect(row.metPercent).toBe(finished ? Math.round((1000 * row.met) / finished) / 10 : null);
    }
    await shots(page, "compliance-report", lang, width);
    await page.goto("/console/sla");
    // The demo's clocks are alive: the monitor lists tickets at risk and breached.
    await expect(page.locator('[data-testid="monitor-ticket"][data-state="warning"]').first()).toBeVisible();
    await expect(page.locator('[data-testid="monitor-ticket"][data-state="breached"]').first()).toBeVisible();
    await shots(page, "sla-monitor", lang, width);
    await page.context().close();
  });
}

for (const lang of LANGS) {
  test(`a ticket's history says what happened in words, never event codes (${lang})`, async ({
    browser,
    request,
  }) => {
    const agentToken = await token(request, "agent@demo.local");
    const list = (await (
      await request.get("/api/v1/tickets?slaState=breached&limit=5", { headers: auth(agentToken) })
    ).json()) as { items: Ticket[] };
    const breached = list.items[0];
    expect(breached).toBeTruthy();
    if (!breached) return;
    const page = await signedIn(browser, "agent@demo.local", lang);
    await page.goto(`/console/tickets/${breached.number}`);
    await expect(page.getByTestId("ticket-number")).toContainText(breached.number);
    const folded = page.locator('button[aria-expanded="false"]');
    while ((await folded.count()) > 0) await folded.first().click();
    const events = page.locator('[data-testid="timeline-item"][data-kind="event"]');
    await expect(events.first()).toBeVisible();
    const texts = await events.allTextContents();
    expect(texts.some((x) => x.length > 0)).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b|\[object/);
    await shots(page, "timeline-events", lang);
    await page.context().close();
  });
}

// (Taking an unassigned ticket is not journeyed here: with agents online the router assigns every
// new ticket at once, so an unassigned one does not stay long enough to be taken.)
test("an agent moves on to the next ticket in their queue", async ({ browser, request }) => {
  const agentToken = await token(request, "agent@demo.local");
  const agent = await me(request, agentToken);
  const created = await newRequest(request, `E2E next ${Date.now()}`);
  await assign(
    request,
    created.number,
    agent.id,
    created.assigneeId && created.assigneeId !== agent.id ? "e2e" : undefined,
  );
  const page = await signedIn(browser, "agent@demo.local", "en");
  await page.goto(`/console/tickets/${created.number}`);
  await expect(page.getByTestId("ticket-number")).toContainText(created.number);
  await page.getByTestId("next-ticket").click();
  await expect(page).not.toHaveURL(new RegExp(`${created.number}$`));
  await expect(page.getByTestId("ticket-assignee")).toContainText(agent.name);
  await page.context().close();
});

for (const [lang, width] of VARIANTS) {
  test(`an agent logs a first-time caller as a new customer with a ticket in one go (${lang}, ${width} px)`, async ({
    browser,
  }) => {
    const page = await signedIn(browser, "agent@demo.local", lang, width);
    await page.goto("/console/new");
    const phone = `+86 137 ${String(Date.now()).slice(-8, -4)} ${String(Date.now()).slice(-4)}`;
    await page.getByTestId("new-customer").click();
    await page.keyboard.type(phone);
    // From inside the open list of matches: no need to close it first.
    await page.getByTestId("new-customer-create-inline").click();
    await expect(page.getByTestId("quick-customer-phone")).toHaveValue(phone);
    await page.getByTestId("quick-customer-name").fill(lang === "en" ? "First Caller" : "首次来电客户");
    await shots(page, "quick-customer", lang, width);
    await page.getByTestId("quick-customer-ok").click();
    await expect(page.getByTestId("new-customer")).toContainText(
      lang === "en" ? "First Caller" : "首次来电客户",
    );
    await choose(page, "new-type", lang === "en" ? "Repair" : "维修");
    await page.getByTestId("new-subject").fill(lang === "en" ? "Washer won't start" : "洗衣机无法启动");
    await page
      .getByTestId("new-description")
      .fill(lang === "en" ? "Called in, first time." : "首次来电报修。");
    await page.getByTestId("new-submit").click();
    await expect(page.getByText(/SO-\d{4}-\d{6}/).first()).toBeVisible();
    await page.context().close();
  });
}

test("en: the queue shows every status tag whole and gives the subject room", async ({ browser }) => {
  const page = await signedIn(browser, "agent@demo.local", "en");
  await page.goto("/console?view=allOpen");
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  // A string, evaluated in the page (the e2e project is type-checked without DOM types).
  const layout = (await page.evaluate(`(() => {
    const headers = [...document.querySelectorAll(".ant-table-thead th")].map((th) => th.textContent.trim());
    const statusCol = headers.indexOf("Status");
    const subjectCol = headers.indexOf("Subject");
    const rows = [...document.querySelectorAll('[data-testid="queue-row"]')];
    let clipped = 0;
    let narrowest = Infinity;
    for (const row of rows) {
      const cells = row.querySelectorAll(":scope > td");
      const td = cells[statusCol];
      const tag = td && td.querySelector(".ant-tag");
      if (tag && tag.getBoundingClientRect().right > td.getBoundingClientRect().right + 0.5) clipped++;
      const subject = cells[subjectCol];
      if (subject) narrowest = Math.min(narrowest, subject.getBoundingClientRect().width);
    }
    return { statusCol, rows: rows.length, clipped, narrowest };
  })()`)) as { statusCol: number; rows: number; clipped: number; narrowest: number };
  expect(layout.statusCol).toBeGreaterThanOrEqual(0);
  expect(layout.rows).toBeGreaterThan(0);
  expect(layout.clipped).toBe(0);
  expect(layout.narrowest).toBeGreaterThanOrEqual(200);
  await shots(page, "queue", "en");
  await page.context().close();
});

test("the units admin names every owner, whichever page of customers they are on", async ({ browser }) => {
  const page = await signedIn(browser, "admin@demo.local", "zh-CN");
  await page.goto("/admin/units");
  await expect(page.locator(".ant-table-row").first()).toBeVisible();
  await expect(page.locator(".ant-table-tbody")).not.toContainText("cus_");
  await shots(page, "units-admin", "zh-CN");
  await page.context().close();
});
