import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 17: a customer chats in the portal, the assistant answers one question, the customer asks
// for a person, and an agent picks the chat up with its transcript and turns it into a ticket.
test("a portal chat: the assistant answers, the customer asks for a person, an agent takes it and makes a ticket", async ({
  browser,
}) => {
  const customer = await signIn(browser, "customer@demo.local", "zh-CN");
  await customer.getByTestId("portal-chat-open").click();
  const input = customer.getByTestId("portal-chat-input");
  await expect(input).toBeEnabled();
  await input.fill("洗衣机甩干时E3");
  await input.press("Enter");
  const answer = customer.locator('[data-author="assistant"]').last();
  await expect(answer).toContainText("查看文章");
  await expect(answer.getByRole("link")).toContainText(/洗衣机.*E3/);

  await input.fill("转人工");
  await input.press("Enter");
  // Handed off: into the queue (with nobody online the customer may also leave a message).
  await expect(
    customer.locator(
      '[data-testid="chat-notice"][data-code="handoff"], [data-testid="chat-notice"][data-code="offline"]',
    ),
  ).toBeVisible();
  const id = await customer.getByTestId("portal-chat").getAttribute("data-conversation");
  expect(id).toBeTruthy();

  const agent = await signIn(browser, "agent@demo.local", "zh-CN");
  await agent.goto("/console/chat");
  await agent.locator(`[data-testid="chat-waiting"] [data-conversation="${id}"]`).getByRole("button").click();
  const panel = agent.locator(`[data-testid="chat-panel"][data-conversation="${id}"]`);
  // The transcript and the article the assistant already tried come with the chat.
  await expect(panel.getByTestId("chat-transcript")).toContainText("洗衣机甩干时E3");
  await expect(panel.getByTestId("chat-transcript")).toContainText("转人工");
  await expect(panel.getByTestId("chat-tried")).toContainText(/洗衣机.*E3/);
  await panel.getByTestId("chat-accept").click();
  await expect(customer.locator('[data-testid="chat-notice"][data-code="accepted"]')).toBeVisible();

  // Real time both ways: the agent's reply reaches the customer without a reload.
  await panel.getByTestId("chat-reply").fill("您好，请提供机身序列号，我们安排上门检查。");
  await panel.getByTestId("chat-reply").press("Enter");
  await expect(customer.locator('[data-author="agent"]').last()).toContainText("请提供机身序列号");

  await panel.getByTestId("chat-create-ticket").click();
  await expect(agent).toHaveURL(/\/console\/tickets\/SO-/);
  await expect(agent.getByText(/洗衣机甩干时E3/).first()).toBeVisible();
  const number = agent.url().split("/").pop() ?? "";
  await expect(customer.locator('[data-testid="chat-notice"][data-code="ticket"]')).toContainText(number);

  // The other language, once: the widget's button speaks English too.
  await customer.keyboard.press("Escape");
  await customer.getByTestId("lang-switch").getByText("English").click();
  await expect(customer.getByRole("button", { name: "Chat with us" })).toBeAttached();

  await customer.context().close();
  await agent.context().close();
});
