import { mkdirSync } from "node:fs";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import {
  bearer as auth,
  choose,
  chooseAndClose,
  journeyVariants,
  type Lang,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// Spare parts journey: an agent reserves a part that is out of stock for a repair, the ticket goes
// to pending parts; the part is received at the warehouse, the reservation fills and the agent is
// told; the technician records the part as used and the defective original shows as owed. Then a
// transfer to the technician's van is sent and received, the van shows on the phone, and the old
// part is shipped back and received. Screenshots go to SHOTS_DIR when set.

const shotsDir = process.env.SHOTS_DIR;

async function shots(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function repairInProgress(request: APIRequestContext, partNo: string) {
  const customer = await token(request, "customer@demo.local");
  // On a unit in warranty, so the replaced part's original is owed back.
  // Every page: journeys before this one (the units import) add expired units to this customer.
  type UnitPage = { items: { serial: string; warranty: { status: string } }[]; nextCursor?: string | null };
  let unit: UnitPage["items"][number] | undefined;
  let cursor: string | null | undefined;
  do {
    const page = (await (
      await request.get("/api/v1/units", {
        headers: auth(customer),
        params: { limit: 200, ...(cursor ? { cursor } : {}) },
      })
    ).json()) as UnitPage;
    unit = page.items.find((u) => u.warranty.status === "in_warranty");
    cursor = page.nextCursor;
  } while (!unit && cursor);
  expect(unit).toBeTruthy();
  const created = await request.post("/api/v1/tickets", {
    headers: auth(customer),
    data: {
      subject: `冰箱不制冷 ${partNo}`,
      description: "Fridge not cooling / 冰箱不制冷",
      type: "repair",
      unitSerial: unit?.serial,
    },
  });
  expect(created.status()).toBe(201);
  const ticket = (await created.json()) as { number: string };
  const agent = await token(request, "agent@demo.local");
  const me = (await (await request.get("/api/v1/me", { headers: auth(agent) })).json()) as { id: string };
  const boss = await token(request, "manager@demo.local");
  expect(
    (
      await request.patch(`/api/v1/tickets/${ticket.number}`, {
        headers: auth(boss),
        data: { assigneeId: me.id },
      })
    ).ok(),
  ).toBeTruthy();
  // The desk hands the repair to the outlet whose technician (孙强) will fit the part: staff of an
  // outlet see its tickets only.
  const nodes = (await (await request.get("/api/v1/network/nodes", { headers: auth(boss) })).json()) as {
    items: { id: string; code: string }[];
  };
  const placed = await request.put(`/api/v1/tickets/${ticket.number}/node`, {
    headers: auth(boss),
    data: { nodeId: nodes.items.find((n) => n.code === "O-SH-XH")?.id },
  });
  expect(placed.ok()).toBeTruthy();
  const started = await request.post(`/api/v1/tickets/${ticket.number}/transitions`, {
    headers: auth(agent),
    data: { action: "start" },
  });
  expect(started.ok()).toBeTruthy();
  return ticket.number;
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`a repair waits for a part, the part arrives and fills it, the technician uses it (${lang})`, async ({
    browser,
    request,
  }) => {
    // The whole parts journey, from the back-order to the old part received: long on a loaded machine.
    test.setTimeout(240_000);
    const admin = await token(request, "admin@demo.local");
    const partNo = `P-E2E-${lang === "en" ? "EN" : "ZH"}-${Date.now().toString(36).toUpperCase()}`;
    const part = await request.post("/api/v1/parts", {
      headers: auth(admin),
      data: { partNo, name: "蒸发器风扇", nameEn: "Evaporator fan", price: 95, compatibleSkus: ["RF-500"] },
    });
    expect(part.status()).toBe(201);
    const number = await repairInProgress(request, partNo);

    const agentPage = await signIn(browser, "agent@demo.local", lang);
    await agentPage.goto(`/console/tickets/${number}`);
    await agentPage.getByTestId("reserve-part").click();
    await agentPage.getByTestId("reserve-part-select").click();
    await agentPage.keyboard.type(partNo);
    await agentPage
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: partNo })
      .first()
      .click();
    // The part list closes before the site list opens, or a click can land on the closing one.
    await expect(agentPage.locator(".ant-select-dropdown:visible")).toHaveCount(0);
    await chooseAndClose(agentPage, "reserve-site-select", /WH-SH|上海中心仓/);
    await agentPage.getByTestId("modal-ok").click();
    const card = agentPage.getByTestId("ticket-parts");
    await expect(card).toContainText(lang === "en" ? "Waiting for stock" : "等待到货");
    await expect(agentPage.getByText(lang === "en" ? "Waiting for parts" : "待备件").first()).toBeVisible();
    await shots(agentPage, "ticket-parts-waiting", lang);

    // Goods in at the warehouse, through the receipt form on the part's page.
    const adminPage = await signIn(browser, "admin@demo.local", lang);
    await adminPage.goto(`/console/parts/${partNo}`);
    await adminPage.getByRole("button", { name: lang === "en" ? "Receive parts" : "备件入库" }).click();
    await choose(adminPage, "receipt-site", /WH-SH|上海中心仓/);
    await adminPage.getByTestId("modal-ok").click();
    await expect(adminPage.locator(".ant-table-row").first()).toContainText("1");
    await shots(adminPage, "part-page", lang);
    await adminPage.goto("/console/parts?site=WH-SH");
    await expect(adminPage.getByText(partNo)).toBeVisible();
    await shots(adminPage, "stock-overview", lang);

    const agent = await token(request, "agent@demo.local");
    const notes = (await (await request.get("/api/v1/notifications", { headers: auth(agent) })).json()) as {
      items: { kind: string; data: { partNo?: string } }[];
    };
    expect(notes.items.some((n) => n.kind === "part_arrived" && n.data.partNo === partNo)).toBeTruthy();
    await agentPage.reload();
    await expect(card).toContainText(lang === "en" ? "Reserved" : "已预留");

    const techPage = await signIn(browser, "tech@demo.local", lang);
    await techPage.goto(`/console/tickets/${number}`);
    await techPage
      .getByTestId("ticket-parts")
      .getByRole("button", { name: lang === "en" ? "Used" : "已使用" })
      .click();
    await expect(techPage.getByTestId("ticket-parts")).toContainText(lang === "en" ? "Consumed" : "已领用");
    await expect(techPage.getByTestId("old-part")).toContainText(
      lang === "en" ? "Old part owed" : "旧件待返还",
    );
    await shots(techPage, "ticket-parts-consumed", lang);

    // Two more arrive at the warehouse; one goes to the technician's van by transfer.
    expect(
      (
        await request.post("/api/v1/stock/receipts", {
          headers: auth(admin),
          data: { partNo, site: "WH-SH", qty: 2 },
        })
      ).status(),
    ).toBe(201);
    await adminPage.goto("/console/parts-transfers");
    await adminPage.getByTestId("admin-create").click();
    await adminPage.getByTestId("transfer-part").click();
    await adminPage.keyboard.type(partNo);
    await adminPage
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: partNo })
      .first()
      .click();
    await expect(adminPage.locator(".ant-select-dropdown:visible")).toHaveCount(0);
    await chooseAndClose(adminPage, "transfer-from", /WH-SH|上海中心仓/);
    await chooseAndClose(adminPage, "transfer-to", /Van 01/);
    await adminPage.getByTestId("modal-ok").click();
    const transfer = adminPage.locator(".ant-table-row").filter({ hasText: partNo });
    await expect(transfer.getByTestId("transfer-status")).toHaveText(lang === "en" ? "In transit" : "在途");
    await expect(transfer.getByTestId("transfer-tracking")).toContainText(
      lang === "en" ? "Sent from WH-SH" : "从 WH-SH 发出",
    );
    await shots(adminPage, "transfers-in-transit", lang);
    await transfer.getByTestId("receive-transfer").click();
    await expect(transfer.getByTestId("transfer-status")).toHaveText(lang === "en" ? "Received" : "已收货");
    await expect(transfer.getByTestId("transfer-tracking")).toContainText(
      lang === "en" ? "Delivered at VAN-01" : "已在 VAN-01 签收",
    );
    await shots(adminPage, "transfers-received", lang);

    // On the technician's phone: the part in the van, and the old part still to send back.
    const phone = await signIn(browser, "tech@demo.local", lang, { width: 390, height: 844 });
    await phone.goto("/console/my-work");
    const van = phone.getByTestId("my-van");
    await expect(van.getByTestId("van-line").filter({ hasText: partNo })).toBeVisible();
    await expect(
      van
        .getByTestId("van-owed")
        .filter({ hasText: lang === "en" ? "Evaporator fan" : "蒸发器风扇" })
        .first(),
    ).toBeVisible();
    if (shotsDir) await phone.screenshot({ path: `${shotsDir}/van-stock-${lang}-390.png`, fullPage: true });

    // 旧件返还: the technician ships the original back, the warehouse receives it.
    await techPage.goto("/console/old-parts?status=open");
    const owedRow = techPage.locator(".ant-table-row").filter({ hasText: partNo });
    await expect(owedRow.getByTestId("old-part-status")).toContainText(lang === "en" ? "Owed" : "待返还");
    await owedRow.getByTestId("old-part-ship").click();
    await expect(owedRow.getByTestId("old-part-status")).toContainText(
      lang === "en" ? "Shipped back" : "已寄回",
    );
    await adminPage.goto("/console/old-parts");
    await shots(adminPage, "old-parts", lang);
    const backRow = adminPage.locator(".ant-table-row").filter({ hasText: partNo });
    await backRow.getByTestId("old-part-receive").click();
    await expect(backRow.getByTestId("old-part-status")).toContainText(lang === "en" ? "Received" : "已收回");
    await adminPage.goto("/console/purchase-list");
    await expect(adminPage.getByTestId("parts-purchase-table")).toBeVisible();
    await shots(adminPage, "purchase-list", lang);
  });
}
