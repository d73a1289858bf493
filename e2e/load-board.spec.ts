import { mkdirSync } from "node:fs";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import {
  apiToken,
  bearer,
  choose,
  chooseAndClose,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
} from "./helpers.js";

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

type Load = { agents: { userId: string; name: string }[] };

// 刘洋 steps away while a journey runs, so a new request waits in the queue (赵敏 is over
// capacity) instead of being routed at once; he is back online afterwards.
async function setLiu(request: APIRequestContext, status: "away" | "online") {
  const boss = await apiToken(request, "manager@demo.local");
  const load = (await (await request.get("/api/v1/routing/load", { headers: bearer(boss) })).json()) as Load;
  const liu = load.agents.find((a) => a.name === "刘洋");
  expect(liu).toBeTruthy();
  const res = await request.put(`/api/v1/users/${liu?.userId}/presence`, {
    headers: bearer(boss),
    data: { status },
  });
  expect(res.ok()).toBeTruthy();
}

// A customer's new request, waiting in the queue (the caller has 刘洋 away).
async function queuedRequest(request: APIRequestContext, subject: string): Promise<string> {
  const t = await apiToken(request, "customer@demo.local");
  const res = await request.post("/api/v1/tickets", {
    headers: bearer(t),
    data: { subject, description: "Drum stops mid-cycle / 滚筒中途停转", type: "repair" },
  });
  expect(res.status()).toBe(201);
  const created = (await res.json()) as { number: string; assigneeId: string | null };
  expect(created.assigneeId).toBeNull();
  return created.number;
}

// A request owned by 刘洋, for the journey to move: each run brings its own, so runs on the same
// server do not use up the demo's tickets.
async function liusTicket(request: APIRequestContext, subject: string): Promise<string> {
  const number = await queuedRequest(request, subject);
  const boss = await apiToken(request, "manager@demo.local");
  const load = (await (await request.get("/api/v1/routing/load", { headers: bearer(boss) })).json()) as Load;
  const liu = load.agents.find((a) => a.name === "刘洋");
  const res = await request.patch(`/api/v1/tickets/${number}`, {
    headers: bearer(boss),
    data: { assigneeId: liu?.userId },
  });
  expect(res.ok()).toBeTruthy();
  return number;
}

// Runs `work` with 刘洋 away, and puts him back online whatever happens.
async function whileLiuAway(request: APIRequestContext, work: () => Promise<void>) {
  await setLiu(request, "away");
  try {
    await work();
  } finally {
    await setLiu(request, "online");
  }
}

// Picks a person in the assign / reassign dialog and waits for the list to close (a closing list
// of the previous dialog must not take the next click).
async function pickPerson(page: Page, name: string) {
  await chooseAndClose(page, "reassign-person", name);
  await expect(page.getByRole("dialog")).toContainText(name);
}

async function journey(browser: Browser, number: string, moved: string, lang: Lang, width: 1440 | 390) {
  const page = await signIn(browser, "manager@demo.local", lang, width === 390 ? PHONE : undefined);
  await page.goto("/console/load");
  const en = lang === "en";

  // A technician, with today's visits counted in their load.
  const tech = card(page, "孙强");
  await expect(tech).toHaveAttribute("data-kind", "field");
  await expect(tech.getByTestId("agent-open-count")).toContainText(en ? "4 visits today" : "今日 4 个上门");
  // An agent over capacity reads as over: red figure, "over by", a bar beyond its mark.
  const zhao = card(page, "赵敏");
  await expect(zhao).toHaveAttribute("data-over", "true");
  await expect(zhao.getByTestId("over-capacity")).toContainText(en ? "Over capacity by" : "超出容量");
  await expect(zhao.getByTestId("load-bar-over")).toBeVisible();
  // Skills by name, never by slug.
  await expect(zhao).not.toContainText("water-heater");
  await shot(page, "load-board", lang, width);
  // Nothing in a ticket row runs past its card (status tags whole, in English too).
  await expect(zhao.getByTestId("agent-ticket").first()).toBeVisible();
  const clipped = await page.evaluate(
    `[...document.querySelectorAll('[data-testid="agent-ticket"]')].filter((li) => li.scrollWidth > li.clientWidth + 1).length`,
  );
  expect(clipped).toBe(0);

  // Dispatch: the new request waits in the queue; it goes to a chosen person (no owner yet: no
  // reason needed).
  const queued = page.locator(`[data-testid="queued-ticket"][data-number="${number}"]`);
  await queued.getByTestId("queue-assign").click();
  await pickPerson(page, "赵敏");
  await shot(page, "load-board-assign", lang, width);
  await page.getByTestId("reassign-ok").click();
  await expect(queued).toHaveCount(0);
  await expect(zhao.locator(`[data-testid="agent-ticket"][data-number="${number}"]`)).toBeVisible();

  // Reassign by menu, with a reason (the ticket has an owner).
  const liu = card(page, "刘洋");
  const row = liu.locator(`[data-testid="agent-ticket"][data-number="${moved}"]`);
  await row.getByTestId("ticket-menu").click();
  await page.getByTestId("menu-reassign").click();
  await pickPerson(page, "赵敏");
  // Without a reason the form refuses, in the reader's language.
  await page.getByTestId("reassign-ok").click();
  const reasonItem = page.locator(".ant-form-item").filter({ has: page.getByTestId("reassign-reason") });
  await expect(reasonItem.locator(".ant-form-item-explain-error")).toHaveText(
    en ? "This field is required" : "此项为必填项",
  );
  await page.getByTestId("reassign-reason").fill(en ? "Liu is on a long call" : "刘洋在处理长时间通话");
  await shot(page, "load-board-reassign", lang, width);
  await page.getByTestId("reassign-ok").click();
  await expect(zhao.locator(`[data-testid="agent-ticket"][data-number="${moved}"]`)).toBeVisible();
  await expect(liu.locator(`[data-testid="agent-ticket"][data-number="${moved}"]`)).toHaveCount(0);
  await page.close();
}

const runs = journeyVariants<{ lang: Lang; width: 1440 | 390 }>(
  [
    { lang: "en", width: 1440 },
    { lang: "zh-CN", width: 390 },
    { lang: "zh-CN", width: 1440 },
    { lang: "en", width: 390 },
  ],
  2,
);

for (const { lang, width } of runs) {
  test(`a supervisor dispatches and reassigns from the load board (${lang}, ${width})`, async ({
    browser,
    request,
  }) => {
    // A whole board of live lists on a shared machine: give it room.
    test.slow();
    await whileLiuAway(request, async () => {
      const number = await queuedRequest(request, `E2E board ${lang} ${width} ${Date.now()}`);
      const moved = await liusTicket(request, `E2E board move ${lang} ${width} ${Date.now()}`);
      await journey(browser, number, moved, lang, width);
    });
  });
}

test("a supervisor books a visit for a queued repair with a technician from the board", async ({
  browser,
  request,
}) => {
  test.slow();
  await whileLiuAway(request, async () => {
    const number = await queuedRequest(request, `E2E visit ${Date.now()}`);
    const page = await signIn(browser, "manager@demo.local", "en");
    await page.goto("/console/load");
    const queued = page.locator(`[data-testid="queued-ticket"][data-number="${number}"]`);
    await queued.getByTestId("queue-visit").click();
    await choose(page, "visit-technician", "吴刚");
    await page.getByTestId("visit-address").fill("北京市朝阳区建国路 88 号");
    await shot(page, "load-board-visit", "en", 1440);
    await page.getByTestId("visit-ok").click();
    await expect(page.locator(".ant-message")).toContainText("booked with 吴刚");
    await page.close();
  });
});
