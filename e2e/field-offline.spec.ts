import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  journeyVariants,
  type Lang,
  PHONE,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// The technician's phone app offline: the job page still opens from the service worker's cache,
// a check-in done without a network waits on the phone, and is sent once when the network is back.
const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-1440.png`, fullPage: true });
  await page.setViewportSize(PHONE);
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`a check-in done offline is queued and sent once when back online (${lang})`, async ({
    browser,
    request,
  }) => {
    const admin = await token(request, "admin@demo.local");
    const agent = await token(request, "agent@demo.local");
    const customers = (await (await request.get("/api/v1/customers", { headers: auth(agent) })).json()) as {
      items: { id: string }[];
    };
    const created = await request.post("/api/v1/tickets", {
      headers: auth(agent),
      data: {
        subject: `空调不制冷（离线）${lang}`,
        description: "需要上门维修",
        type: "repair",
        customerId: customers.items[0]?.id,
      },
    });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()) as { number: string };
    const nodes = (await (await request.get("/api/v1/network/nodes", { headers: auth(admin) })).json()) as {
      items: { id: string; code: string }[];
    };
    const visitRes = await request.post(`/api/v1/tickets/${ticket.number}/visits`, {
      headers: auth(admin),
      data: {
        kind: "repair",
        nodeId: nodes.items.find((n) => n.code === "O-SH-XH")?.id,
        address: "上海市徐汇区漕溪北路 88 号",
        requiredSkills: ["aircon"],
      },
    });
    expect(visitRes.status()).toBe(201);
    const visit = (await visitRes.json()) as { id: string };
    const slots = (await (
      await request.get(`/api/v1/visits/${visit.id}/slots`, { headers: auth(agent) })
    ).json()) as {
      items: { start: string }[];
    };
    const booked = await request.post(`/api/v1/visits/${visit.id}/booking`, {
      headers: auth(agent),
      data: { start: slots.items[0]?.start },
    });
    expect(booked.status()).toBe(200);

    const tech = await signIn(browser, "tech@demo.local", lang, PHONE);
    const jobUrl = `/console/my-work/visits/${visit.id}`;
    await tech.goto(jobUrl);
    // Once the service worker controls the page, a visit it has read once opens without a network.
    await tech.waitForFunction("navigator.serviceWorker?.controller != null");
    await tech.reload();
    await expect(tech.getByTestId("action-check_in")).toBeVisible();

    await tech.context().setOffline(true);
    await tech.reload();
    await expect(tech.getByTestId("action-check_in")).toBeVisible();
    await tech.getByTestId("action-check_in").click();
    await expect(tech.getByTestId("waiting-to-send")).toBeVisible();
    await expect(tech.getByTestId("waiting-action")).toHaveText(lang === "en" ? "Check-in" : "签到");
    await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "On site" : "已到达");
    await expectNoHorizontalOverflow(tech);
    await shot(tech, "field-offline-queued", lang);
    // Nothing reached the server yet.
    const before = (await (
      await request.get(`/api/v1/visits/${visit.id}`, { headers: auth(admin) })
    ).json()) as {
      status: string;
    };
    expect(before.status).toBe("scheduled");

    await tech.context().setOffline(false);
    await expect(tech.getByTestId("waiting-to-send")).toHaveCount(0);
    await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "On site" : "已到达");
    const events = (await (
      await request.get(`/api/v1/tickets/${ticket.number}/events`, { headers: auth(admin) })
    ).json()) as { items: { type: string; data: { action?: string } }[] };
    const checkIns = events.items.filter((e) => e.type === "visit_step" && e.data.action === "check_in");
    expect(checkIns).toHaveLength(1);
    await tech.context().close();
  });
}
