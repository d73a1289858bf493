import { mkdirSync } from "node:fs";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { apiToken, bearer, journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

// Tagging and merging from the queue's bulk bar: an agent tags three tickets at once, is stopped
// from merging tickets of two customers, merges a customer's three tickets into the oldest, and
// the customer finds the closed ones pointing at the survivor. Screenshots go to SHOTS_DIR.

type Ticket = { id: string; number: string; status: string; tags: string[] };

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

async function raise(request: APIRequestContext, email: string, subject: string): Promise<Ticket> {
  const res = await request.post("/api/v1/tickets", {
    headers: bearer(await apiToken(request, email)),
    data: { subject, description: "Water under the washer / 洗衣机漏水", type: "repair" },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as Ticket;
}

async function tick(page: Page, tickets: Ticket[], on = true) {
  for (const tk of tickets) {
    const box = page.locator(
      `[data-testid="queue-row"][data-number="${tk.number}"] .ant-table-selection-column input`,
    );
    if (on) await box.check();
    else await box.uncheck();
  }
}

for (const lang of journeyVariants(["en", "zh-CN"] as const)) {
  test(`bulk tags and merge from the queue (${lang})`, async ({ browser, request }) => {
    const tag = `Dup-${lang}-${Date.now().toString(36)}`;
    const mine: Ticket[] = [];
    for (let i = 1; i <= 3; i++) mine.push(await raise(request, "customer@demo.local", `${tag} #${i} leak`));
    const stranger = await raise(request, "customer2@demo.local", `${tag} other customer`);
    const agent = await apiToken(request, "agent@demo.local");
    const read = async (tk: Ticket) =>
      (await (
        await request.get(`/api/v1/tickets/${tk.number}`, { headers: bearer(agent) })
      ).json()) as Ticket;

    const page = await signIn(browser, "agent@demo.local", lang);
    await page.goto("/console?view=allOpen");
    await page.getByTestId("queue-search").fill(tag);
    await expect(page.getByTestId("queue-row")).toHaveCount(4);

    // Tags: one new tag on the three tickets at once.
    await tick(page, mine);
    await page.getByTestId("bulk-tags").click();
    await page.getByTestId("bulk-tags-add").locator("input").fill("leak-recall");
    await page.keyboard.press("Enter");
    await shot(page, "bulk-tags", lang, 1440);
    await page.getByTestId("bulk-tags-apply").click();
    await expect(page.getByTestId("bulk-result")).toHaveAttribute("data-done", "true");
    await expect(page.locator('[data-testid="bulk-outcome"][data-result="ok"]')).toHaveCount(3);
    await page.getByTestId("bulk-close").click();
    for (const tk of mine) expect((await read(tk)).tags).toContain("leak-recall");
    expect((await read(stranger)).tags).not.toContain("leak-recall");

    // Two customers' tickets: the dialog says why and offers no merge.
    await tick(page, [...mine, stranger]);
    await page.getByTestId("bulk-merge").click();
    const dialog = page.locator(".ant-modal:visible");
    await expect(dialog).toContainText(lang === "en" ? "different customers" : "不同客户");
    await expect(page.getByTestId("bulk-merge-apply")).toBeDisabled();
    await shot(page, "bulk-merge-mixed", lang, 1440);
    await dialog.getByRole("button", { name: lang === "en" ? "Cancel" : /取\s*消/ }).click();

    // One customer's three tickets merge into the oldest, which stays open.
    await tick(page, [stranger], false);
    await page.getByTestId("bulk-merge").click();
    await expect(
      page.locator(`[data-testid="bulk-merge-survivor"] input[value="${mine[0]?.number}"]`),
    ).toBeChecked();
    await page
      .getByTestId("bulk-merge-reason")
      .fill(lang === "en" ? "called three times" : "同一问题来电三次");
    await shot(page, "bulk-merge", lang, 1440);
    await page.getByTestId("bulk-merge-apply").click();
    await expect(page.getByTestId("bulk-result")).toHaveAttribute("data-done", "true");
    await expect(page.locator('[data-testid="bulk-outcome"][data-result="ok"]')).toHaveCount(2);
    await expect(page.getByTestId("bulk-summary")).toContainText(lang === "en" ? "2 updated" : "成功 2");
    await page.getByTestId("bulk-close").click();
    expect((await read(mine[0] as Ticket)).status).not.toBe("closed");
    for (const tk of mine.slice(1)) expect((await read(tk)).status).toBe("closed");
    // A search shows every status: the merged ones now read closed.
    for (const tk of mine.slice(1))
      await expect(page.locator(`[data-testid="queue-row"][data-number="${tk.number}"]`)).toContainText(
        lang === "en" ? "Closed" : "已闭环",
      );
    await page.context().close();

    // The customer's closed request points at the one that goes on.
    const customer = await signIn(browser, "customer@demo.local", lang, PHONE);
    await customer.goto(`/portal/tickets/${mine[1]?.number}`);
    await expect(customer.getByTestId("merged-into")).toContainText(mine[0]?.number ?? "");
    await expect(customer.getByTestId("merge-link")).toHaveText(mine[0]?.number ?? "");
    const link = customer.getByTestId("merged-into-link");
    await shot(customer, "merged-portal", lang, 390);
    await link.click();
    await expect(customer).toHaveURL(new RegExp(`/portal/tickets/${mine[0]?.number}$`));
    await customer.context().close();
  });
}
