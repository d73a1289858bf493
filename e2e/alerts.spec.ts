import { expect, test } from "@playwright/test";
import { apiToken, bearer, choose, signIn } from "./helpers.js";

// Analytics II: a supervisor's alert rule (critical, so no quiet hours hold it) fires on today's
// tickets; the supervisor finds the alert in the bell, opens its evidence and the tickets behind
// it, then opens the batch-defect view of the demo's air purifier, where batch B3 is flagged, and
// the tickets behind that batch. The rule notifies this supervisor alone, so no one else's bell
// changes.
test("a supervisor gets an alert, opens its evidence and the batch-defect view (English)", async ({
  browser,
  request,
}) => {
  const token = await apiToken(request, "manager@demo.local");
  const me = (await (await request.get("/api/v1/me", { headers: bearer(token) })).json()) as { id: string };
  const rule = await request.post("/api/v1/analytics/alert-rules", {
    headers: bearer(token),
    data: {
      name: `Journey calls ${Date.now()}`,
      kpi: "volume",
      dimension: "channel",
      detector: "threshold",
      sensitivity: 1,
      minVolume: 0,
      userIds: [me.id],
      severity: "critical",
    },
  });
  expect(rule.status()).toBe(201);
  const ruleName = ((await rule.json()) as { name: string }).name;

  const page = await signIn(browser, "manager@demo.local", "en");
  await page.goto("/console/alerts");
  await expect(page.getByRole("heading", { name: "Alerts" })).toBeVisible();
  await page.getByTestId("alerts-check").click();
  await expect(page.getByTestId("alerts")).toContainText(ruleName);

  // The bell carries it; its link opens the evidence.
  await page.getByTestId("notification-bell").click();
  const link = page.getByTestId("notification-alert-link").filter({ hasText: "Ticket volume" }).first();
  await expect(link).toBeVisible();
  await link.click();
  const evidence = page.getByTestId("alert-evidence");
  await expect(evidence).toContainText("Evidence: Ticket volume");
  const ticket = evidence.getByTestId("alert-evidence-tickets").getByRole("link", { name: /^SO-/ }).first();
  await expect(ticket).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/console/quality-batches");
  await expect(page.getByRole("heading", { name: "Batch quality" })).toBeVisible();
  await choose(page, "batch-model", /AP-300/);
  const flagged = page.getByTestId("batches").locator("tr", { has: page.getByTestId("batch-flagged") });
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText("AP300-2026-B3");
  await flagged.getByRole("button", { name: "Tickets" }).click();
  await expect(page.getByTestId("batch-tickets").locator("tbody tr.ant-table-row")).toHaveCount(7);
  await page.context().close();
});
