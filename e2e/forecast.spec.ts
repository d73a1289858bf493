import { expect } from "@playwright/test";
import { choose, signIn, test } from "./helpers.js";

// Analytics II: a supervisor finds an anomaly (the demo's tickets jump above their weekday
// baseline), opens the tickets behind it, then reads the volume forecast with its backtest beside
// seasonal naive and the suggested staffing, and the parts-demand forecast beside naive.
test("a supervisor opens an anomaly's evidence (English)", async ({ browser }) => {
  const page = await signIn(browser, "manager@demo.local", "en");
  await page.goto("/console/anomalies");
  await expect(page.getByRole("heading", { name: "Anomaly alerts" })).toBeVisible();
  const row = page.getByTestId("anomalies").locator("tbody tr.ant-table-row").first();
  await expect(row).toContainText(/Tickets|Complaint rate|First response/);
  await row.getByTestId("anomaly-open-evidence").click();
  const evidence = page.getByTestId("anomaly-evidence");
  const ticket = evidence.getByRole("link", { name: /^SO-/ }).first();
  await expect(ticket).toBeVisible();
  await ticket.click();
  await expect(page).toHaveURL(/\/console\/tickets\//);
});

test("a supervisor reads the volume forecast, its backtest and the staffing (中文)", async ({ browser }) => {
  const page = await signIn(browser, "manager@demo.local", "zh-CN");
  await page.goto("/console/forecast");
  await expect(page.getByRole("heading", { name: "工单量预测与排班建议" })).toBeVisible();
  const backtest = page.getByTestId("backtest-all");
  await expect(backtest).toContainText("MASE");
  await expect(backtest).toContainText("季节朴素法");
  await expect(backtest).toContainText("80% 区间命中");
  await page.getByTestId("forecast-view").getByText("按渠道").click();
  await expect(page.getByTestId("forecast-phone")).toContainText("电话");
  const staffing = page.getByTestId("staffing");
  await expect(staffing).toContainText("排班建议");
  await expect(staffing).toContainText("Erlang C");

  // Parts demand: the busiest line first (the demo's start capacitors at the central warehouse),
  // its MASE beside naive's with the verdict, and the site filter.
  await page.goto("/console/parts-demand");
  await expect(page.getByRole("heading", { name: "备件需求预测" })).toBeVisible();
  const first = page.getByTestId("parts-demand").locator("tbody tr.ant-table-row").first();
  await expect(first).toContainText("P-AC-CAP");
  await expect(first.getByTestId("parts-demand-mase")).toContainText(/\d \/ \d/);
  await expect(first.getByTestId("parts-demand-mase")).toContainText(/优于朴素法|不优于朴素法/);
  await choose(page, "parts-demand-site", /VAN-01|Van 01/);
  await expect(page.getByTestId("parts-demand").locator("tbody tr.ant-table-row").first()).toContainText(
    "P-WM-PUMP",
  );
});
