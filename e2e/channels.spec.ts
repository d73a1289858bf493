import { expect } from "@playwright/test";
import nodemailer from "nodemailer";
import { signIn } from "./helpers";
import { test } from "./helpers.js";
import { captureMail } from "./mail-capture.js";

// The server's own inbound SMTP listener (AFTERCARE_SMTP_LISTEN_PORT in playwright.config.ts).
const port = Number(process.env.E2E_PORT ?? 3210);
const LISTEN_PORT = port + 12;

const inbox = captureMail();

// 1×1 PNG: the dealer's photo of the fault.
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a dealer's report with a photo reaches the agent and the customer, and the customer's mail reply threads back", async ({
  browser,
}) => {
  // Three people, two mail hops and the job runner in one journey: more than the default minute.
  test.setTimeout(150_000);
  const subject = `E2E dealer intake ${Date.now()}`;
  const dealer = await signIn(browser, "dealer@demo.local", "en");
  await dealer.goto("/dealer/new");
  await dealer.getByTestId("new-customer").click();
  await dealer.keyboard.type("张伟");
  await dealer
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    // Demo names repeat: the customer@demo.local 张伟 is the one with this phone.
    .filter({ hasText: "+86 138 0000 0001" })
    .first()
    .click();
  await dealer.getByTestId("new-type").click();
  await dealer
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: "Repair" })
    .first()
    .click();
  await dealer.getByTestId("new-subject").fill(subject);
  await dealer
    .getByTestId("new-description")
    .fill("Water under the washer after each cycle; photo attached.");
  // The photo picker's (hidden) file input: the only one on the form.
  await dealer
    .locator('input[type="file"]')
    .setInputFiles({ name: "leak.png", mimeType: "image/png", buffer: PHOTO });
  await expect(dealer.locator(".ant-upload-list-item-done")).toHaveCount(1);
  await dealer.getByTestId("new-submit").click();
  const number = ((await dealer.getByTestId("created-number").textContent()) ?? "").match(
    /SO-\d{4}-\d{6}/,
  )?.[0];
  expect(number).toBeTruthy();

  // The agent sees who reported it (the dealer's outlet) and for whom, with the photo.
  const agent = await signIn(browser, "agent@demo.local", "zh-CN");
  await agent.goto(`/console/tickets/${number}`);
  await expect(agent.getByTestId("ticket-number")).toContainText(number ?? "");
  await expect(agent.getByTestId("origin-reporter")).toContainText("钱经理");
  await expect(agent.getByTestId("origin-outlet")).toContainText("上海徐汇专卖店");
  await expect(agent.getByTestId("origin-customer")).toContainText("张伟");
  await expect(agent.getByTestId("origin-customer")).toContainText("customer@demo.local");
  // The photo shows as a picture on the ticket (named by its file in the alt text).
  await expect(agent.getByRole("img", { name: "leak.png" })).toBeVisible();

  // The customer is mailed (in the tenant's language) from the service mailbox.
  await expect
    .poll(() => inbox.find((m) => m.subject?.includes(number ?? "-")), { timeout: 20_000 })
    .toBeTruthy();
  const notice = inbox.find((m) => m.subject?.includes(number ?? "-"));
  expect(notice?.subject).toContain("我们已收到您的服务请求");
  expect(notice?.to && "text" in notice.to ? notice.to.text : "").toContain("customer@demo.local");

  // …and answers from their mail client, through the server's SMTP listener.
  const reply = "照片收到了吗？明天上午家里有人。";
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: LISTEN_PORT,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: "张伟 <customer@demo.local>",
    to: "service@demo.local",
    subject: `Re: ${notice?.subject ?? ""}`,
    text: reply,
    inReplyTo: notice?.messageId,
    references: notice?.messageId ? [notice.messageId] : [],
  });
  transport.close();
  await expect(async () => {
    await agent.reload();
    await expect(
      agent.locator('[data-testid="timeline-item"][data-channel="email"]').filter({ hasText: reply }),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(
    agent.locator('[data-testid="customer-timeline-item"][data-channel="email"]').filter({ hasText: reply }),
  ).toBeVisible();

  // The agent logs the callback call; it shows in the customer's cross-channel timeline.
  await agent.getByTestId("call-log").click();
  await agent.getByTestId("call-number").fill("+86 138 0000 0001");
  await agent.getByTestId("call-summary").fill("已电话确认明早上门");
  await agent.getByTestId("call-submit").click();
  await expect(
    agent
      .locator('[data-testid="customer-timeline-item"][data-channel="phone"][data-kind="call"]')
      .filter({ hasText: "已电话确认明早上门" }),
  ).toBeVisible();
});
