import { expect } from "@playwright/test";
import { signIn } from "./helpers";
import { test } from "./helpers.js";

test("an admin adds a webhook, copies its secret once, and turns it off", async ({ browser }) => {
  const page = await signIn(browser, "admin@demo.local", "en");
  await page.goto("/admin/webhooks");
  const list = page.getByTestId("admin-webhooks");
  await list.getByRole("button", { name: "New webhook" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("URL").fill("https://hooks.example.com/aftercare-e2e");
  await dialog.getByLabel("ticket.assigned").check();
  await dialog.getByRole("button", { name: /ok|save|create/i }).click();
  const secret = page.getByTestId("secret-value");
  await expect(secret).toContainText("whsec_");
  await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).last().click();
  const row = list.locator("tr", { hasText: "hooks.example.com/aftercare-e2e" });
  await expect(row).toContainText("ticket.assigned");
  await expect(row).toContainText("Active");
  // A test ping shows in the log, and can be sent again from there.
  await row.getByRole("button", { name: "Test" }).click();
  await expect(page.getByText("Ping queued")).toBeVisible();
  await row.getByRole("button", { name: "Log" }).click();
  const log = page.getByTestId("webhook-deliveries");
  await expect(log.locator("tbody tr", { hasText: "ping" })).toHaveCount(1);
  await log.getByRole("button", { name: "Send again" }).click();
  await expect(log.locator("tbody tr", { hasText: "ping" })).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(log).toBeHidden();
  await row.getByRole("button", { name: "Turn off" }).click();
  await expect(row).toContainText("Off");
  // A private address is refused with a translated message.
  await list.getByRole("button", { name: "New webhook" }).click();
  await dialog.getByLabel("URL").fill("http://127.0.0.1:5432/");
  await dialog.getByRole("button", { name: /ok|save|create/i }).click();
  await expect(page.getByText("public address (not loopback or a private network)")).toBeVisible();
  await page.context().close();
});
