import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { apiToken, bearer, type Lang, PHONE, signIn, test } from "./helpers.js";

// 回访: a ticket is resolved, its callback waits in the queue; the caller gets no answer (the
// retry is scheduled), calls again and the customer confirms the fix, which closes the ticket —
// the customer sees it closed. Screenshots of every callback screen go to SHOTS_DIR.

const words: Record<
  Lang,
  {
    noAnswer: string;
    fixed: RegExp;
    save: string;
    finished: RegExp;
    closed: RegExp;
    next: RegExp;
    history: RegExp;
  }
> = {
  en: {
    noAnswer: "No answer",
    fixed: /Fixed and satisfied/,
    save: "Record the result",
    finished: /Finished/,
    closed: /Closed/i,
    next: /next \d\d-\d\d \d\d:\d\d/,
    history: /called back: the customer confirmed the fix · satisfaction 5\/5/,
  },
  "zh-CN": {
    noAnswer: "无人接听",
    fixed: /已解决且满意/,
    save: "记录结果",
    finished: /已完成/,
    closed: /已关闭|已闭环/,
    next: /下次 \d\d-\d\d \d\d:\d\d/,
    history: /进行了回访：客户确认问题已解决 · 满意度 5\/5/,
  },
};

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  for (const [width, height] of [
    [1440, 900],
    [PHONE.width, PHONE.height],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

for (const lang of ["en", "zh-CN"] as const) {
  const w = words[lang];
  test(`${lang}: a caller works a callback — no answer, retry scheduled, then the fix is confirmed`, async ({
    browser,
    request,
  }) => {
    // Screenshots at two widths take their time on a loaded machine.
    if (shotsDir) test.slow();
    // Behind the screens: the customer reports, the agent resolves.
    const customerToken = await apiToken(request, "customer@demo.local");
    const agentToken = await apiToken(request, "agent@demo.local");
    const created = await request.post("/api/v1/tickets", {
      headers: bearer(customerToken),
      data: { subject: `冰箱不制冷 ${lang} ${Date.now()}`, description: "冷藏室不凉", type: "repair" },
    });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()) as { id: string; number: string };
    const resolved = await request.post(`/api/v1/tickets/${ticket.id}/transitions`, {
      headers: bearer(agentToken),
      data: { action: "resolve" },
    });
    expect(resolved.status()).toBe(200);

    const caller = await signIn(browser, "agent@demo.local", lang);
    await caller.goto("/console/callbacks");
    const row = caller.getByTestId("callback-queue").locator("tr").filter({ hasText: ticket.number });
    await expect(row).toBeVisible();
    await shot(caller, "callback-queue", lang);
    await row.getByRole("button").click();
    await expect(caller.getByTestId("callback-script")).toBeVisible();

    await caller.getByRole("button", { name: w.noAnswer }).click();
    await expect(caller.getByTestId("callback-history")).toContainText(w.noAnswer);
    await expect(caller.getByTestId("callback-history")).toContainText(w.next);
    await shot(caller, "callback-work", lang);

    // Called again: the customer says it is fixed, five stars.
    await caller.getByText(w.fixed).click();
    await caller.locator(".ant-rate-star").nth(4).click();
    await caller.getByRole("button", { name: w.save }).click();
    await expect(caller.getByTestId("callback-status")).toContainText(w.finished);
    await expect(caller.getByTestId("callback-ticket-status")).toContainText(w.closed);
    await shot(caller, "callback-done", lang);

    const customer = await signIn(browser, "customer@demo.local", lang);
    await customer.goto(`/portal/tickets/${ticket.number}`);
    await expect(customer.getByTestId("ticket-status")).toContainText(w.closed);
    // The customer sees that we called back and how it ended (never the caller's notes).
    await expect(customer.getByText(w.history)).toBeVisible();

    if (shotsDir) {
      const admin = await signIn(browser, "admin@demo.local", lang);
      await admin.goto("/admin/callbacks");
      await expect(admin.getByRole("button", { name: lang === "en" ? "Save" : /保\s*存/ })).toBeVisible();
      await shot(admin, "callback-settings", lang);
      await admin.goto("/console/voc-alerts");
      await expect(admin.getByTestId("voc-alerts")).toBeVisible();
      await shot(admin, "voc-alerts", lang);
      await shot(customer, "portal-ticket", lang);
    }
  });
}
