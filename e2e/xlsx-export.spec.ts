import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import ExcelJS from "exceljs";
import { agentCount, signIn, test } from "./helpers.js";

// Excel export beside CSV: the same filtered rows and the same columns, in a real .xlsx that
// Excel (here exceljs) opens, Chinese intact, formula-looking text kept as text.

test("admin lists export the filtered rows to Excel with the CSV's columns", async ({ browser, request }) => {
  // As many rows as there are agents now (other journeys add some to the demo tenant).
  const agents = await agentCount(request);
  const page = await signIn(browser, "admin@demo.local", "zh-CN");
  await page.goto("/admin/users?role=agent");
  const rows = page.locator('[data-testid="users-table"] .ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(agents);

  const csvDownload = page.waitForEvent("download");
  await page.getByTestId("users-export").click();
  const csv = (await readFile((await (await csvDownload).path()) as string, "utf8")).replace(/^\uFEFF/, "");
  const csvLines = csv.trim().split("\r\n");

  const xlsxDownload = page.waitForEvent("download");
  await page.getByTestId("users-export-xlsx").click();
  const file = await xlsxDownload;
  expect(file.suggestedFilename()).toMatch(/^users-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile((await file.path()) as string);
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const cells: string[][] = [];
  sheet.eachRow((r) => {
    cells.push((r.values as unknown[]).slice(1).map((v) => String(v ?? "")));
  });
  expect(cells).toHaveLength(csvLines.length);
  expect(cells[0]).toEqual(csvLines[0]?.split(","));
  expect(cells.flat().join(" ")).toContain("刘洋");
  await page.context().close();
});
