import { expect } from "@playwright/test";
import ExcelJS from "exceljs";
import { journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

// Issue 12: an admin imports a units sheet with one bad row, reads the dry run, fixes the row and
// imports with the progress bar; in both languages, on a desk and on a phone.
const words: Record<Lang, { error: RegExp; summary: RegExp; done: RegExp; progress: RegExp }> = {
  en: {
    error: /Row 4, column productSku: no product has the SKU NO-SUCH/,
    summary: /20 new, 0 to update, 0 unchanged, 1 with errors/,
    done: /21 new, 0 to update/,
    progress: /21 \/ 21 rows/,
  },
  "zh-CN": {
    error: /第 4 行，productSku 列：没有 SKU 为 NO-SUCH 的产品/,
    summary: /新建 20，更新 0，无变化 0，错误 1/,
    done: /新建 21，更新 0/,
    progress: /21 \/ 21 行/,
  },
};

async function unitsSheet(stamp: string, badSku: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Units");
  sheet.addRow(["serial", "productSku", "customerEmail", "purchasedAt", "saleChannel"]);
  for (let i = 0; i < 21; i++)
    sheet.addRow([
      `IMP${stamp}N${i}`,
      i === 2 ? badSku : "WM-T80",
      "customer@demo.local",
      "2025-06-01",
      "online",
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const [lang, viewport, size] of journeyVariants(
  [
    ["en", { width: 1440, height: 900 }, "1440"],
    ["zh-CN", PHONE, "390"],
    ["zh-CN", { width: 1440, height: 900 }, "1440"],
    ["en", PHONE, "390"],
  ] as const,
  2,
)) {
  test(`${lang} at ${size}: an admin imports units, fixes the bad row the dry run names, and imports with progress`, async ({
    browser,
  }) => {
    const stamp = `${lang === "en" ? "E" : "Z"}${size}${Date.now().toString(36).toUpperCase()}`;
    const admin = await signIn(browser, "admin@demo.local", lang, viewport);
    await admin.goto("/admin/units");
    await admin.getByTestId("units-import").click();
    const dialog = admin.locator(".ant-modal");
    const input = dialog.locator("input[type=file]");
    await input.setInputFiles({
      name: "units.xlsx",
      mimeType: "application/octet-stream",
      buffer: await unitsSheet(stamp, "NO-SUCH"),
    });
    await expect(dialog).toContainText(words[lang].error);
    await expect(dialog.getByTestId("import-summary")).toContainText(words[lang].summary);
    await admin.screenshot({ path: `/work/shots/sec/units-import-dry-${lang}-${size}.png`, fullPage: true });

    // The fixed sheet: every row is new now, and applying shows the finished progress bar.
    await input.setInputFiles({
      name: "units.xlsx",
      mimeType: "application/octet-stream",
      buffer: await unitsSheet(stamp, "WM-T80"),
    });
    await expect(dialog.getByTestId("import-summary")).toContainText(words[lang].done);
    await dialog.getByTestId("import-apply").click();
    await expect(dialog.locator(".ant-alert-success")).toBeVisible();
    await expect(dialog.getByTestId("import-progress")).toContainText(words[lang].progress);
    await expect(dialog.locator(".ant-progress-status-success")).toBeVisible();
    await admin.screenshot({
      path: `/work/shots/sec/units-import-applied-${lang}-${size}.png`,
      fullPage: true,
    });
    // The new units are on the list behind the dialog.
    await dialog.locator(".ant-modal-close").click();
    await admin
      .getByPlaceholder(lang === "en" ? "Search by serial number" : "按序列号搜索")
      .fill(`IMP${stamp}N1`);
    await expect(admin.getByText(`IMP${stamp}N1`, { exact: true }).first()).toBeVisible();
  });
}
