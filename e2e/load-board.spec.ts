import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { choose, type Lang, PHONE, signIn } from "./helpers.js";

// The supervisor's load board: a field technician beside the desk agents, an agent over capacity
// shown as over, reassigning by a ticket's menu with a reason, and dispatching the queue from it.
const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

const card = (page: Page, name: string) =>
  page.locator(`[data-testid="agent-card"][data-agent-name="${name}"]`);

const runs: { lang: Lang; width: 1440 | 390 }[] = [
  { lang: "en", width: 1440 },
  { lang: "zh-CN", width: 1440 },
  { lang: "en", width: 390 },
  { lang: "zh-CN", width: 390 },
];

for (const { lang, width } of runs) {
  test(`a supervisor dispatches and reassigns from the load board (${lang}, ${width})`, async ({
    browser,
  }) => {
    const page = await signIn(
      browser,
      "manager@demo.local",
      lang,
      width === 390 ? PHONE : { width: 1440, height: 900 },
    );
    await page.goto("/console/load");
    const en = lang === "en";

    // A technician, with today's visits counted in their load.
    const tech = card(page, "孙强 (Field engineer)");
    await expect(tech).toHaveAttribute("data-kind", "field");
    await expect(tech.getByTestId("agent-open-count")).toContainText(en ? "visits today" : "今日 4 个上门");
    // An agent over capacity reads as over: red figure, "over by", a bar beyond its mark.
    const zhao = card(page, "赵敏");
    await expect(zhao).toHaveAttribute("data-over", "true");
    await expect(zhao.getByTestId("over-capacity")).toContainText(en ? "Over capacity by" : "超出容量");
    await expect(zhao.getByTestId("load-bar-over")).toBeVisible();
    // Skills by name, never by slug.
    await expect(zhao).not.toContainText("water-heater");
    await shot(page, "load-board", lang, width);

    // Dispatch: the most urgent queued ticket goes to a chosen person (no owner yet: no reason).
    const queued = page.getByTestId("queued-ticket").first();
    const number = (await queued.getAttribute("data-number")) ?? "";
    expect(number).not.toBe("");
    await queued.getByTestId("queue-assign").click();
    await choose(page, "reassign-person", "赵敏");
    await shot(page, "load-board-assign", lang, width);
    await page.getByTestId("reassign-ok").click();
    await expect(page.locator(`[data-testid="queued-ticket"][data-number="${number}"]`)).toHaveCount(0);
    await expect(zhao.locator(`[data-testid="agent-ticket"][data-number="${number}"]`)).toBeVisible();

    // Reassign by menu, with a reason (the ticket has an owner).
    const liu = card(page, "刘洋");
    const row = liu.getByTestId("agent-ticket").first();
    const moved = (await row.getAttribute("data-number")) ?? "";
    await row.getByTestId("ticket-menu").click();
    await page.getByTestId("menu-reassign").click();
    await choose(page, "reassign-person", "赵敏");
    // Without a reason the form refuses, in the reader's language.
    await page.getByTestId("reassign-ok").click();
    await expect(page.locator(".ant-form-item-explain-error").first()).toBeVisible();
    await page.getByTestId("reassign-reason").fill(en ? "Liu is on a long call" : "刘洋在处理长时间通话");
    await shot(page, "load-board-reassign", lang, width);
    await page.getByTestId("reassign-ok").click();
    await expect(zhao.locator(`[data-testid="agent-ticket"][data-number="${moved}"]`)).toBeVisible();
    await expect(liu.locator(`[data-testid="agent-ticket"][data-number="${moved}"]`)).toHaveCount(0);
    await page.close();
  });
}

test("a supervisor books a visit for a queued repair with a technician from the board", async ({
  browser,
}) => {
  const page = await signIn(browser, "manager@demo.local", "en");
  await page.goto("/console/load");
  const queued = page
    .getByTestId("queued-ticket")
    .filter({ has: page.getByTestId("queue-visit") })
    .first();
  await queued.getByTestId("queue-visit").click();
  await choose(page, "visit-technician", "吴刚");
  await page.getByTestId("visit-address").fill("北京市朝阳区建国路 88 号");
  await shot(page, "load-board-visit", "en", 1440);
  await page.getByTestId("visit-ok").click();
  await expect(page.locator(".ant-message")).toContainText("booked with 吴刚");
});
