import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { apiToken, bearer, choose, journeyVariants, type Lang, PHONE, signIn, test } from "./helpers.js";

// An admin is told when next year's holidays are missing, from December on (the demo's Chinese
// calendar ends in 2026), and the warning goes once they are entered. The browser's clock is set,
// so the journey does not depend on the day it runs. Screenshots go to SHOTS_DIR.

type Calendar = {
  id: string;
  name: string;
  overrides: { date: string; hours: unknown[] }[];
  weeklyMinutes: number;
};

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`the calendars page asks for next year's holidays from December (${lang})`, async ({
    browser,
    request,
  }) => {
    const admin = await apiToken(request, "admin@demo.local");
    const list = (await (await request.get("/api/v1/calendars", { headers: bearer(admin) })).json()) as {
      items: Calendar[];
    };
    const cal = list.items.find((c) => c.overrides.some((o) => o.date.startsWith("2026")));
    if (!cal) throw new Error("no demo calendar with holidays");
    const open = async (page: Page) => {
      await expect(page.getByTestId("calendar-pick")).toBeVisible();
      if (list.items[0]?.id !== cal.id) await choose(page, "calendar-pick", cal.name);
      await expect(page.getByTestId("calendar-legend")).toBeVisible();
    };
    // Start from a calendar that has this year's holidays and none for next year.
    const res = await request.patch(`/api/v1/calendars/${cal.id}`, {
      headers: bearer(admin),
      data: { overrides: cal.overrides.filter((o) => !o.date.startsWith("2027")) },
    });
    expect(res.ok()).toBeTruthy();

    for (const viewport of [{ width: 1440, height: 900 }, PHONE]) {
      const page = await signIn(browser, "admin@demo.local", lang, viewport);
      await page.clock.setFixedTime(new Date("2026-11-20T10:00:00+08:00"));
      await page.goto("/admin/calendars");
      await open(page);
      await expect(page.getByTestId("calendar-gap")).toHaveCount(0);

      await page.clock.setFixedTime(new Date("2026-12-01T09:00:00+08:00"));
      await page.reload();
      await open(page);
      const gap = page.getByTestId("calendar-gap");
      await expect(gap).toHaveCount(1);
      await expect(gap).toHaveAttribute("data-year", "2027");
      await expect(gap).toContainText(
        lang === "en" ? "holidays for 2027 are not entered" : "2027 年的节假日",
      );
      await shot(page, "calendar-gap", lang, viewport.width === 1440 ? 1440 : 390);
      await page.context().close();
    }

    if (lang === "en") {
      const page = await signIn(browser, "admin@demo.local", lang);
      await page.clock.setFixedTime(new Date("2026-12-01T09:00:00+08:00"));
      await page.goto("/admin/calendars");
      await open(page);
      await expect(page.getByTestId("calendar-gap")).toHaveCount(1);
      await page.getByTestId("calendar-overrides-text").fill("2027-01-01 holiday");
      await page.getByTestId("calendar-overrides-add").click();
      await expect(page.getByTestId("calendar-gap")).toHaveCount(0);
      await page.context().close();
    }
  });
}
