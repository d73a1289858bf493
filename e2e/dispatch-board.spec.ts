import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

// The dispatch board: the East region's planner opens tomorrow's day with unplanned visits, lets
// the optimiser plan it (before/after: travel, windows kept), applies it, drags a fridge repair to
// a technician without the fridge skill (a warning, moved anyway), and the technician's phone
// shows the new round in order. Chinese first (the demo day still has its unplanned visits), then
// English on the planned day.
const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({
    path: `${shotsDir}/${name}-${lang}-${page.viewportSize()?.width}.png`,
    fullPage: true,
  });
}

const tomorrow = () =>
  new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });

test.describe.configure({ mode: "serial" });

for (const [i, lang] of journeyVariants(["zh-CN", "en"] as const).entries()) {
  test(`planner optimises the day and moves a visit; the technician's phone follows (${lang})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const planner = await signIn(browser, "east.manager@demo.local", lang);
    await planner.goto(`/console/dispatch?day=${tomorrow()}`);
    const gantt = planner.getByTestId("gantt");
    await expect(gantt).toBeVisible();
    await expect(planner.getByTestId("gantt-row")).toHaveCount(2);
    if (i === 0) await expect(planner.getByTestId("unplanned-visit")).toHaveCount(8);
    await shot(planner, "dispatch-board", lang);

    // Optimise: the proposal next to the day as it stands.
    await planner.getByTestId("optimise").click();
    const compare = planner.getByTestId("plan-compare");
    await expect(compare).toBeVisible({ timeout: 30_000 });
    await expect(compare).toContainText(lang === "en" ? "Travel (km)" : "行驶里程");
    await expect(compare).toContainText(lang === "en" ? "Windows kept" : "守约时段");
    if (i === 0) {
      // Every unplanned visit placed, none late.
      await expect(planner.getByTestId("after-unplanned")).toHaveText("0");
      await expect(planner.getByTestId("after-windowsMissed")).toHaveText("0");
    }
    await shot(planner, "dispatch-plan", lang);
    await planner.locator("#apply-plan").click();
    await expect(compare).toBeHidden();
    await expect(planner.getByTestId("unplanned-visit")).toHaveCount(0);

    // The fridge repairs are with 钱峰 (the fridge engineer); drag one onto 孙强's row.
    const sun = planner.locator('[data-testid="gantt-row"][data-tech-name^="孙强"]');
    const qian = planner.locator('[data-testid="gantt-row"][data-tech-name^="钱峰"]');
    const fridgeJobs = qian.getByTestId("gantt-visit");
    await expect(fridgeJobs.first()).toBeVisible();
    const before = await sun.getByTestId("gantt-visit").count();
    // Move the first of 钱峰's jobs that 孙强 cannot do: try them until a skill warning shows.
    const count = await fridgeJobs.count();
    let moved: string | null = null;
    for (let k = 0; k < count && !moved; k++) {
      const job = fridgeJobs.nth(k);
      const label = await job.getAttribute("data-label");
      const dialog = planner.locator(".ant-modal:visible");
      // On a loaded machine a synthetic drag can start before the row settles and drop nothing:
      // drag again until the move dialog opens (never while it is open).
      await expect(async () => {
        if (!(await dialog.isVisible()))
          await job.dragTo(sun.getByTestId("gantt-track"), { targetPosition: { x: 40, y: 20 } });
        await expect(dialog).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 30_000 });
      if (await dialog.getByTestId("move-warnings").isVisible()) {
        await expect(dialog.getByTestId("move-warnings")).toContainText(
          lang === "en" ? "lacks fridge" : "fridge",
        );
        await shot(planner, "dispatch-move", lang);
        await planner.locator("#apply-move").click();
        moved = label;
      } else {
        await dialog.getByRole("button", { name: lang === "en" ? "Cancel" : /取\s*消/ }).click();
      }
      await expect(dialog).toBeHidden();
    }
    expect(moved).not.toBeNull();
    await expect(sun.getByTestId("gantt-visit")).toHaveCount(before + 1);
    await expect(sun.locator(`[data-label="${moved}"]`)).toBeVisible();
    // The order on the board, left to right.
    const blocks = sun.getByTestId("gantt-visit");
    const placed: { label: string; x: number }[] = [];
    for (let k = 0; k < (await blocks.count()); k++)
      placed.push({
        label: (await blocks.nth(k).getAttribute("data-label")) ?? "",
        x: (await blocks.nth(k).boundingBox())?.x ?? 0,
      });
    const boardOrder = placed.sort((p, q) => p.x - q.x).map((p) => p.label);

    // 孙强's phone, tomorrow: the same round in the same order, the moved job in it.
    const phone = await signIn(browser, "tech@demo.local", lang, PHONE);
    const list = phone.getByTestId("today-visits");
    await expect(list).toBeVisible();
    await list.getByText(lang === "en" ? "Tomorrow" : "明天", { exact: true }).click();
    await expect(list.getByTestId("today-visit").filter({ hasText: moved ?? "" })).toBeVisible();
    const phoneOrder = (await list.getByTestId("today-visit").allTextContents()).map(
      (text) => text.match(/SO-\d{4}-\d+/)?.[0] ?? "",
    );
    expect(phoneOrder).toEqual(boardOrder);
    await shot(phone, "dispatch-phone", lang);

    // At 390 px the board falls back to a list per technician.
    await planner.setViewportSize(PHONE);
    await expect(planner.getByTestId("round-list")).toBeVisible();
    await shot(planner, "dispatch-board-list", lang);
    await planner.context().close();
    await phone.context().close();
  });
}
