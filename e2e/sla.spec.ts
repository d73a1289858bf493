import { type APIRequestContext, expect } from "@playwright/test";
import { bearer as auth, signIn, test, apiToken as tokenOf } from "./helpers.js";

// A 24×7 policy for priority A complaints only (two fields beat the demo's priority-only policies)
// with a one-minute first response, warning at half-time; then a ticket it applies to.
async function fastTicket(request: APIRequestContext): Promise<string> {
  const admin = await tokenOf(request, "admin@demo.local");
  const calendars = (await (await request.get("/api/v1/calendars", { headers: auth(admin) })).json()) as {
    items: { id: string; name: string }[];
  };
  const allDay = calendars.items.find((c) => c.name === "24×7");
  expect(allDay).toBeTruthy();
  const policy = await request.post("/api/v1/sla-policies", {
    headers: auth(admin),
    data: {
      name: `E2E fast complaints ${Date.now()}`,
      calendarId: allDay?.id,
      match: { priority: "A", type: "complaint" },
      targets: { firstResponseMinutes: 1, resolutionMinutes: 600 },
      warnAtPercent: 50,
    },
  });
  expect(policy.status()).toBe(201);

  const agent = await tokenOf(request, "agent@demo.local");
  const customers = (await (await request.get("/api/v1/customers", { headers: auth(agent) })).json()) as {
    items: { id: string }[];
  };
  const created = await request.post("/api/v1/tickets", {
    headers: auth(agent),
    data: {
      subject: `E2E SLA clock ${Date.now()}`,
      description: "Customer complains nobody called back / 客户投诉无人回电",
      type: "complaint",
      priority: "A",
      customerId: customers.items[0]?.id,
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { number: string }).number;
}

test("zh-CN: the SLA countdown turns orange then red in the queue, and the supervisor sees the breach", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const number = await fastTicket(request);

  const agent = await signIn(browser, "agent@demo.local", "zh-CN");
  await agent.goto("/console?view=allOpen");
  await agent.getByRole("columnheader", { name: "SLA" }).click();
  await expect(agent).toHaveURL(/sort=sla_due/);
  // The demo's own tickets have running and breached clocks too: find this one in the sorted queue.
  await agent.getByTestId("queue-search").fill(number);
  const row = agent.locator(`[data-testid="queue-row"][data-number="${number}"]`);
  const tag = row.getByTestId("queue-sla");
  await expect(tag).toHaveAttribute("data-sla-state", "ok");
  await expect(tag).toContainText("后到期");

  await expect(tag).toHaveAttribute("data-sla-state", "warning", { timeout: 60_000 });
  await expect(tag).toHaveClass(/orange/);
  await expect(tag).toHaveAttribute("data-sla-state", "breached", { timeout: 60_000 });
  await expect(tag).toHaveClass(/red/);
  await expect(tag).toContainText("已超时");

  // The saved view "已超时" holds it, with its count.
  await agent.getByTestId("view-breached").click();
  await agent.getByTestId("queue-search").fill(number);
  await expect(row).toBeVisible();
  await expect(agent.getByTestId("view-count-breached")).toContainText(/[1-9]/);

  const manager = await signIn(browser, "manager@demo.local", "zh-CN");
  await manager.goto("/console/sla");
  const onBoard = manager.locator(`[data-testid="monitor-ticket"][data-number="${number}"]`);
  await expect(onBoard).toHaveAttribute("data-state", "breached");
  await expect(manager.getByTestId("monitor-breached")).toContainText(/[1-9]/);
  await manager.getByTestId("monitor-count-breached").first().click();
  await expect(manager).toHaveURL(/view=breached/);
  // Older demo tickets are breached too: look this one up in the view.
  await manager.getByTestId("queue-search").fill(number);
  await expect(manager.locator(`[data-testid="queue-row"][data-number="${number}"]`)).toBeVisible();
  // The compliance report counts the breached first response.
  await manager.goto("/console/sla?tab=report");
  await expect(manager.getByTestId("report-table")).toContainText("首次响应");

  // In English, the ticket page names the target, the zone and the breach.
  const en = await signIn(browser, "agent@demo.local", "en");
  await en.goto(`/console/tickets/${number}`);
  const target = en.locator('[data-testid="sla-target"][data-metric="first_response"]');
  await expect(target).toContainText("First response");
  await expect(target.getByTestId("sla-target-state")).toHaveAttribute("data-sla-state", "breached");
  await expect(target.getByTestId("sla-target-state")).toContainText("overdue");
  await expect(en.getByTestId("sla-panel")).toContainText(/Due \(.+\/.+\)/);
});

test("en: an admin adds a holiday to a calendar and previews a due time", async ({ browser }) => {
  const admin = await signIn(browser, "admin@demo.local", "en");
  await admin.goto("/admin/calendars");
  await expect(admin.getByTestId("calendar-legend")).toContainText("Make-up working day");
  await admin.getByTestId("calendar-overrides-text").fill("2027-01-01 holiday\n2027-13-01 holiday");
  await admin.getByTestId("calendar-overrides-add").click();
  await expect(admin.getByText("Line 2 is not")).toBeVisible();
  await admin.getByTestId("calendar-overrides-text").fill("2027-01-01 holiday");
  await admin.getByTestId("calendar-overrides-add").click();
  await expect(admin.getByRole("cell", { name: "2027-01-01" })).toBeVisible();

  await admin.goto("/admin/sla-policies");
  await expect(admin.getByTestId("policy-row").first()).toBeVisible();
  await admin.getByTestId("due-preview-minutes").fill("90");
  await admin.getByTestId("due-preview-go").click();
  await expect(admin.getByTestId("due-preview-result")).toContainText(/Due \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
});
