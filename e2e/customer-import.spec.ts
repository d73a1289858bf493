import { expect } from "@playwright/test";
import ExcelJS from "exceljs";
import { journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

const words: Record<Lang, { error: RegExp; created: RegExp }> = {
  en: { error: /Row 3, column kind/, created: /New/ },
  "zh-CN": { error: /第 3 行，kind 列/, created: /新建/ },
};

for (const lang of journeyVariants(["en", "zh-CN"] as Lang[])) {
  test(`${lang}: an admin dry-runs a customer workbook, sees the bad row named, and applies the rest`, async ({
    browser,
  }) => {
    const stamp = `${lang === "en" ? "en" : "zh"}${Date.now()}`;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Customers");
    sheet.addRow(["name", "kind", "email", "phone", "tier"]);
    sheet.addRow([`Import ${stamp}`, "person", `import.${stamp}@example.com`, null, "gold"]);
    sheet.addRow(["Broken", "robot", `broken.${stamp}@example.com`, null, null]);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());

    const admin = await signIn(
      browser,
      "admin@demo.local",
      lang,
      lang === "en" ? { width: 1440, height: 900 } : PHONE,
    );
    await admin.goto("/admin/customers");
    await admin.getByTestId("customers-import").click();
    await admin
      .locator(".ant-modal input[type=file]")
      .setInputFiles({ name: "customers.xlsx", mimeType: "application/octet-stream", buffer });
    const dialog = admin.locator(".ant-modal");
    await expect(dialog).toContainText(words[lang].error);
    await expect(dialog).toContainText(words[lang].created);
    await admin.screenshot({ path: `/work/shots/intake/import-${lang}.png` });
    await admin.getByTestId("import-apply").click();
    await expect(dialog.locator(".ant-alert-success")).toBeVisible();
  });
}
