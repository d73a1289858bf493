import { expect } from "@playwright/test";
import { choose, journeyVariants, type Lang, openTicketFromQueue, signIn, test } from "./helpers.js";

const words: Record<Lang, { repair: RegExp; inProgress: RegExp; resolved: RegExp; closed: RegExp }> = {
  en: { repair: /^Repair$/, inProgress: /In progress/i, resolved: /Resolved/i, closed: /Closed/i },
  "zh-CN": { repair: /^维修$/, inProgress: /处理中/, resolved: /已解决/, closed: /已关闭|已闭环/ },
};

for (const lang of journeyVariants(["en", "zh-CN"] as const)) {
  const w = words[lang];

  test(`${lang}: a customer's request is answered, resolved, confirmed and shows closed with its history`, async ({
    browser,
  }) => {
    const customer = await signIn(browser, "customer@demo.local", lang);
    await customer.getByTestId("portal-new-request").click();
    const firstUnit = customer.getByTestId("new-unit");
    await firstUnit.click();
    await customer.locator(".ant-select-dropdown:visible .ant-select-item-option").nth(1).click();
    await choose(customer, "new-type", w.repair);
    const subject = `E2E ${lang} leak ${Date.now()}`;
    await customer.getByTestId("new-subject").fill(subject);
    await customer
      .getByTestId("new-description")
      .fill("Water under the washer after every wash / 每次洗衣后机器下面有水");
    await customer.getByTestId("new-submit").click();
    const number = ((await customer.getByTestId("created-number").textContent()) ?? "").match(
      /SO-\d{4}-\d{6}/,
    )?.[0];
    expect(number).toBeTruthy();
    if (!number) return;

    const agent = await signIn(browser, "agent@demo.local", lang);
    await openTicketFromQueue(agent, number);
    await agent.getByTestId("reply-body").fill("We will replace the door seal today / 今天为您更换门封");
    await agent.getByTestId("reply-submit").click();
    await expect(agent.getByTestId("timeline-item").filter({ hasText: "door seal" })).toBeVisible();
    await agent.getByTestId("action-start").click();
    await expect(agent.getByTestId("ticket-status")).toContainText(w.inProgress);
    await agent.getByTestId("action-resolve").click();
    await expect(agent.getByTestId("ticket-status")).toContainText(w.resolved);

    await customer.goto("/portal");
    await customer.locator(`[data-testid="portal-ticket"][data-number="${number}"]`).click();
    await expect(customer.getByText("door seal")).toBeVisible();
    await customer.getByTestId("portal-confirm").click();
    await expect(customer.getByTestId("ticket-status")).toContainText(w.closed);

    await agent.reload();
    await expect(agent.getByTestId("ticket-status")).toContainText(w.closed);
    const history = agent.getByTestId("timeline-item");
    await expect(history.filter({ hasText: "door seal" })).toBeVisible();
    expect(
      await agent.locator('[data-testid="timeline-item"][data-event="status_changed"]').count(),
    ).toBeGreaterThanOrEqual(2);
  });

  test(`${lang}: a customer rejects a fix and it returns to the agent with the reason`, async ({
    browser,
  }) => {
    const customer = await signIn(browser, "customer2@demo.local", lang);
    await customer.getByTestId("portal-new-request").click();
    await choose(customer, "new-type", w.repair);
    const subject = `E2E ${lang} noise ${Date.now()}`;
    await customer.getByTestId("new-subject").fill(subject);
    await customer.getByTestId("new-description").fill("Loud noise when spinning / 脱水时噪音很大");
    await customer.getByTestId("new-submit").click();
    const number = ((await customer.getByTestId("created-number").textContent()) ?? "").match(
      /SO-\d{4}-\d{6}/,
    )?.[0];
    expect(number).toBeTruthy();
    if (!number) return;

    const agent = await signIn(browser, "agent2@demo.local", lang);
    await openTicketFromQueue(agent, number);
    await agent.getByTestId("action-resolve").click();
    await expect(agent.getByTestId("ticket-status")).toContainText(w.resolved);

    await customer.goto("/portal");
    await customer.locator(`[data-testid="portal-ticket"][data-number="${number}"]`).click();
    await customer.getByTestId("portal-reject").click();
    const reason = lang === "en" ? "Still noisy after the visit" : "维修后仍然有噪音";
    await customer.getByTestId("reason-input").fill(reason);
    await customer.getByTestId("reason-ok").click();
    await expect(customer.getByTestId("ticket-status")).toContainText(w.inProgress);

    await agent.reload();
    await expect(agent.getByTestId("ticket-status")).toContainText(w.inProgress);
    await expect(agent.getByTestId("timeline-item").filter({ hasText: reason })).toBeVisible();
    await expect(agent.getByTestId("action-resolve")).toBeVisible();
  });
}
