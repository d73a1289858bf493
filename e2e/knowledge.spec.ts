import { expect } from "@playwright/test";
import { apiToken, bearer, choose, journeyVariants, type Lang, openPage, signIn, test } from "./helpers.js";

// Issue 17: while a customer types a new request, the matching article shows before anything is sent.
for (const lang of journeyVariants(["zh-CN", "en"] as Lang[])) {
  test(`a customer typing "洗衣机甩干时E3" sees the washer E3 article before submitting (${lang})`, async ({
    browser,
  }) => {
    const customer = await signIn(browser, "customer@demo.local", lang);
    await customer.goto("/portal/new");
    await customer.getByTestId("new-subject").fill("洗衣机甩干时E3");
    const suggestions = customer.getByTestId("deflection-article");
    await expect(suggestions.first()).toBeVisible();
    // the Chinese article (the question is Chinese; English readers get its translation)
    await expect(suggestions.first()).toContainText(lang === "en" ? /Washing machine.*E3/ : /洗衣机.*E3/);
    await expect(suggestions.first()).not.toContainText("空调");
    // nothing was submitted: "this solved it" ends the request without a ticket
    await suggestions.first().click();
    await customer.getByTestId("deflection-solved").first().click();
    await expect(customer.getByTestId("deflected")).toBeVisible();
  });
}

test("the public help centre finds an article without signing in", async ({ browser }) => {
  const page = await openPage(browser, { locale: "zh-CN" });
  await page.goto("/help/demo");
  await page.getByTestId("help-search").fill("空调不制冷");
  await expect(page.getByTestId("help-result").first()).toContainText("空调不制冷");
});

// Issue 17, knowledge capture: an agent writes an article from a solved ticket, an editor publishes it.
test("an agent creates an article from a solved ticket and an editor publishes it", async ({
  browser,
  request,
}) => {
  const subject = `洗衣机门封漏水 ${Date.now()}`;
  const customer = await apiToken(request, "customer@demo.local");
  const created = await request.post("/api/v1/tickets", {
    headers: bearer(customer),
    data: { subject, description: "洗衣服时门边一直往外渗水。", type: "repair" },
  });
  expect(created.ok()).toBeTruthy();
  const ticket = (await created.json()) as { id: string; number: string };
  const agentToken = await apiToken(request, "agent@demo.local");
  const reply = await request.post(`/api/v1/tickets/${ticket.id}/messages`, {
    headers: bearer(agentToken),
    data: { body: "请清洁门封圈上的毛絮并检查是否有破损，清洁后不再渗水。", visibility: "public" },
  });
  expect(reply.ok()).toBeTruthy();
  for (const action of ["start", "resolve"]) {
    const moved = await request.post(`/api/v1/tickets/${ticket.id}/transitions`, {
      headers: bearer(agentToken),
      data: { action },
    });
    expect(moved.ok()).toBeTruthy();
  }

  const agent = await signIn(browser, "agent@demo.local", "zh-CN");
  await agent.goto(`/console/tickets/${ticket.number}`);
  await agent.getByTestId("article-from-ticket").click();
  // the draft carries the problem and the solution, and is linked to the ticket
  await expect(agent.getByTestId("article-title")).toHaveValue(subject);
  await expect(agent.getByTestId("article-body")).toHaveValue(/门边一直往外渗水/);
  await expect(agent.getByTestId("article-body")).toHaveValue(/清洁门封圈/);
  await agent.getByTestId("article-submit").click();
  await expect(agent.getByTestId("article-status")).toHaveText("审核中");
  await agent.keyboard.press("Escape");
  await expect(agent.getByTestId("ticket-knowledge")).toContainText(subject);
  await agent.context().close();

  const editor = await signIn(browser, "manager@demo.local", "zh-CN");
  await editor.goto("/console/kb");
  await choose(editor, "article-status-filter", "审核中");
  await editor.getByRole("row", { name: new RegExp(subject) }).click();
  await editor.getByTestId("article-publish").click();
  await expect(editor.getByTestId("article-status")).toHaveText("已发布");
  await editor.context().close();
});
