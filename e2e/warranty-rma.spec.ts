import { expect } from "@playwright/test";
import { apiToken, bearer, expectNoHorizontalOverflow, type Lang, PHONE, signIn, test } from "./helpers.js";

const words: Record<Lang, { shipped: RegExp; passed: RegExp; received: RegExp }> = {
  en: { shipped: /Shipped/, passed: /QA passed/, received: /Received/ },
  "zh-CN": { shipped: /已发货/, passed: /检验合格/, received: /已收货/ },
};

const shanghaiDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

for (const lang of ["en", "zh-CN"] as const) {
  const w = words[lang];

  test(`${lang}: a TV that fails on day 5 is exchanged after QA, with a new 三包 period, every step visible`, async ({
    browser,
    request,
  }) => {
    // Behind the screens: the customer registered a TV five days ago and reports it dead today.
    const customerToken = await apiToken(request, "customer@demo.local");
    const serial = `TVE2E${lang === "en" ? "EN" : "ZH"}${Date.now()}`;
    // Customers claim units through invoice review; the agent registers this one directly for them.
    const agentToken = await apiToken(request, "agent@demo.local");
    const me = (await (await request.get("/api/v1/me", { headers: bearer(customerToken) })).json()) as {
      customerId: string;
    };
    const unit = await request.post("/api/v1/units", {
      headers: bearer(agentToken),
      data: { serial, productSku: "TV-55Q", customerId: me.customerId, purchasedAt: shanghaiDay(-5) },
    });
    expect(unit.ok()).toBeTruthy();
    const ticketRes = await request.post("/api/v1/tickets", {
      headers: bearer(customerToken),
      data: {
        subject: `E2E ${lang} TV dark`,
        description: "No picture since this morning",
        type: "repair",
        unitSerial: serial,
      },
    });
    expect(ticketRes.ok()).toBeTruthy();
    const { number } = (await ticketRes.json()) as { number: string };

    // The portal shows return, exchange and repair, each with its legal basis.
    const customer = await signIn(browser, "customer@demo.local", lang);
    await customer.goto(`/portal/tickets/${number}`);
    const why = customer.getByTestId("why-panel");
    for (const remedy of ["return", "exchange", "repair"])
      await expect(why.getByTestId(`remedy-${remedy}`)).toBeVisible();
    await expect(why.getByTestId("remedy-return").getByTestId("remedy-basis")).toContainText("第九条");
    await expectNoHorizontalOverflow(customer);

    // The agent opens an exchange from the ticket, with the entitlement shown.
    const agent = await signIn(browser, "agent@demo.local", lang);
    await agent.goto(`/console/tickets/${number}`);
    await expect(agent.getByTestId("why-panel").getByTestId("remedy-exchange")).toBeVisible();
    await agent.getByTestId("rma-open").click();
    await agent.getByTestId("rma-kind-exchange").click();
    await agent.getByTestId("rma-open-ok").click();
    const item = agent.getByTestId("rma-item");
    await expect(item).toBeVisible();
    await item.getByRole("link").click();
    await agent.getByTestId("rma-receive").click();
    await expect(agent.getByTestId("rma-status")).toContainText(w.received);
    const rmaUrl = agent.url();

    // QA inspects on a phone: the queue, the checklist, pass, signature.
    const qa = await signIn(browser, "qa@demo.local", lang, PHONE);
    await qa.goto("/console/rmas");
    await qa.getByTestId("rma-link").filter({ hasText: serial }).click();
    await expect(qa.getByTestId("inspection-form")).toBeVisible();
    await qa.getByTestId("check-serial_matches").click();
    await qa.getByTestId("check-screen").click();
    await qa.getByTestId("qa-pass").click();
    await qa.getByTestId("qa-fault-code").fill("BACKLIGHT");
    await expectNoHorizontalOverflow(qa);
    await qa.getByTestId("qa-submit").click();
    await expect(qa.getByTestId("rma-status")).toContainText(w.passed);

    // The agent ships the replacement with its new serial.
    await agent.goto(rmaUrl);
    const newSerial = `${serial}N`;
    await agent.getByTestId("rma-carrier").fill("SF");
    await agent.getByTestId("rma-tracking-input").fill("SF0000000001");
    await agent.getByTestId("rma-replacement-serial").fill(newSerial);
    await agent.getByTestId("rma-ship").click();
    await expect(agent.getByTestId("rma-status")).toContainText(w.shipped);
    await expect(agent.getByTestId("rma-replacement")).toContainText(newSerial);
    // Both legs are shipments with tracking: the return the desk received, the replacement going out.
    await expect(agent.getByTestId("rma-shipment")).toHaveCount(2);
    await expect(agent.getByTestId("rma-shipment-tracking").nth(1)).toContainText("SF0000000001");

    // After shipping, the agent calls the customer (回访): the call is listed on the RMA.
    await agent.getByTestId("rma-follow-up-save").click();
    await expect(agent.getByTestId("rma-follow-up-call")).toHaveCount(1);
    if (process.env.SHOTS_DIR) {
      await agent.screenshot({
        path: `${process.env.SHOTS_DIR}/rma-follow-up-${lang}-1440.png`,
        fullPage: true,
      });
      await agent.setViewportSize(PHONE);
      await agent.screenshot({
        path: `${process.env.SHOTS_DIR}/rma-follow-up-${lang}-390.png`,
        fullPage: true,
      });
      await expectNoHorizontalOverflow(agent);
    }

    // The replacement's 三包 period starts today.
    const periods = await request.get(`/api/v1/units/${newSerial}/warranty`, {
      headers: bearer(customerToken),
    });
    const period = ((await periods.json()) as { period: { start: string; wholeUnitEndsAt: string } }).period;
    expect(period.start).toBe(shanghaiDay(0));

    // Every step is in the ticket's history, and the portal shows progress, tracking and the new end.
    await agent.goto(`/console/tickets/${number}`);
    await expect(agent.locator('[data-testid="timeline-item"][data-event="rma_step"]')).toHaveCount(4);
    await expect(agent.locator('[data-testid="timeline-item"][data-event="rma_opened"]')).toHaveCount(1);
    await customer.reload();
    await expect(customer.getByTestId("portal-rma-status")).toContainText(w.shipped);
    await expect(customer.getByTestId("portal-rma-tracking")).toContainText("SF0000000001");
    await expect(customer.getByTestId("rma-shipment-tracking").nth(1)).toContainText("SF0000000001");
    await expect(customer.getByTestId("portal-rma-replacement")).toContainText(period.wholeUnitEndsAt);
    await expect(customer.locator('[data-testid="timeline-item"][data-event="rma_step"]')).toHaveCount(4);
    await expectNoHorizontalOverflow(customer);
  });
}
