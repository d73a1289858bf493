import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { pdfShows } from "../test/pdf-text.js";
import {
  bearer as auth,
  choose,
  expectNoHorizontalOverflow,
  PHONE,
  signIn,
  test,
  apiToken as tokenOf,
} from "./helpers.js";
import { captureMail } from "./mail-capture.js";

const inbox = captureMail();

// A number as the screen shows it ("1,234", "12 %") as a number.
const numberIn = (text: string) => Number(text.replace(/[^\d.-]/g, ""));
const cardValue = async (page: Page, kpi: string) =>
  numberIn((await page.locator(`[data-kpi="${kpi}"] .ant-statistic-content-value`).textContent()) ?? "");

test("en: a supervisor clicks a KPI through to exactly the tickets behind it", async ({
  browser,
  request,
}) => {
  const manager = await tokenOf(request, "manager@demo.local");
  const api = await request.get("/api/v1/kpis/volume?from=2000-01-01&to=2099-12-31", {
    headers: auth(manager),
  });
  expect(api.status()).toBe(400); // more than 731 days: refused, translated
  const page = await signIn(browser, "manager@demo.local", "en");
  await page.goto("/console/analytics");
  await expect(page.getByRole("img", { name: "Volume and backlog" })).toBeVisible();
  const volume = await cardValue(page, "volume");
  expect(volume).toBeGreaterThan(0);
  await page.locator('[data-kpi="volume"]').click();
  await expect(page).toHaveURL(/\/console\/analytics\/tickets\?kpi=volume/);
  // The list counts the same tickets the card summed, to the ticket.
  await expect(page.getByTestId("drill-count")).toHaveAttribute("data-count", String(volume));
  await expect(page.getByTestId("drill-count")).toContainText(`${volume.toLocaleString("en")} tickets`);
  await expect(page.getByTestId("drill-row").first()).toBeVisible();

  await page.goto("/console/analytics");
  const card = page.locator('[data-kpi="closed_loop_rate"]');
  await expect(card).toContainText("Closed-loop rate");
  await expect(card).toContainText("%");
  await card.click();
  await expect(page).toHaveURL(/kpi=closed_loop_rate/);
  await expect(page.getByTestId("drill-row").first()).toContainText("Closed");
});

test("zh-CN: a supervisor builds a report, saves it and exports Excel with the figures on screen", async ({
  browser,
}) => {
  const page = await signIn(browser, "manager@demo.local", "zh-CN");
  await page.goto("/console/analytics");
  await page.getByRole("link", { name: /报表构建器/ }).click();
  await expect(page).toHaveURL(/\/console\/reports/);
  // Measure: 工单量 (the default pick); dimension: priority; last 12 months; as a table.
  await expect(page.getByTestId("report-measures")).toContainText("工单量");
  await choose(page, "report-rows", "优先级");
  await page.getByTestId("report-chart").getByText("表格").click();
  await expect(page.getByTestId("report-row").first()).toBeVisible();
  await expect(page.getByTestId("report-row").first()).toContainText("A · ");
  // Only air conditioners: the product lines on offer come from the data, named in Chinese.
  const total = async () =>
    numberIn((await page.getByTestId("report-total-cell").first().textContent()) ?? "");
  const all = await total();
  await choose(page, "report-filter-line", "空调");
  await page.keyboard.press("Escape");
  await expect.poll(total).toBeLessThan(all);
  const name = `按优先级的工单量 ${Date.now()}`;
  await page.getByTestId("report-name").fill(name);
  await choose(page, "report-share", "坐席");
  await page.getByTestId("report-save").click();
  await expect(page.getByTestId("saved-report").filter({ hasText: name })).toBeVisible();

  const screen: number[][] = [];
  for (const row of await page.locator('[data-testid="report-row"], [data-testid="report-total"]').all())
    screen.push(
      (
        await row.locator('[data-testid="report-cell"], [data-testid="report-total-cell"]').allInnerTexts()
      ).map(numberIn),
    );
  expect(screen.length).toBeGreaterThan(1);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("report-export-xlsx").click(),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "report.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const lines: unknown[][] = [];
  sheet.eachRow((r) => lines.push((r.values as unknown[]).slice(1)));
  expect(lines[0]).toEqual(["优先级", "工单量"]);
  expect(lines.at(-1)?.[0]).toBe("合计");
  expect(lines.slice(1).map((l) => l.slice(1).map(Number))).toEqual(screen);
});

test("zh-CN: the wallboard opens from the dashboard, and fits a phone", async ({ browser }) => {
  const page = await signIn(browser, "manager@demo.local", "zh-CN");
  await page.goto("/console/analytics");
  await page.getByTestId("open-wallboard").click();
  await expect(page).toHaveURL(/\/wallboard$/);
  await expect(page.getByRole("heading", { name: "服务中心大屏" })).toBeVisible();
  await expect(page.getByTestId("wall-open")).toContainText("未结工单");
  await expect(page.getByTestId("wall-kpi-volume")).toContainText("工单量");
  // No console navigation on the TV.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
});

test("the monthly review report arrives by e-mail as a PDF with Chinese text", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signIn(browser, "manager@demo.local", "zh-CN");
  await page.goto("/console/review-reports");
  await page.getByTestId("review-make").click();
  const period = ((await page.getByTestId("review-period").textContent()) ?? "").trim();
  await expect(page.getByTestId(`review-row-${period}`)).toBeVisible();
  const before = inbox.length;
  await page.getByTestId(`review-send-${period}`).click();
  await page.locator(".ant-popconfirm .ant-btn-primary").click();
  await expect
    .poll(() => inbox.slice(before).find((m) => m.subject?.includes(`月度服务回顾 ${period}`)), {
      timeout: 60_000,
    })
    .toBeTruthy();
  const mail = inbox.slice(before).find((m) => m.subject?.includes(`月度服务回顾 ${period}`));
  const pdf = mail?.attachments.find((a) => a.contentType === "application/pdf");
  if (!pdf) throw new Error("the review mail has no PDF");
  expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
  // Its fonts map every glyph of the Chinese headings: the text is drawn, not tofu.
  expect(pdfShows(pdf.content, "工单量") && pdfShows(pdf.content, "解决率")).toBe(true);
});

test("an agent sees their own numbers in Chinese", async ({ browser }) => {
  const page = await signIn(browser, "agent@demo.local", "zh-CN");
  await page.goto("/console/my-numbers");
  await expect(page.getByText("我的指标").first()).toBeVisible();
  await expect(page.locator('[data-kpi="fcr_rate"]')).toContainText("首次解决率");
});
