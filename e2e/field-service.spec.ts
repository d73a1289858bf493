import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { expect } from "@playwright/test";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  journeyVariants,
  openPage,
  PHONE,
  phoneAndDeskShot as shot,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// Field service journey on phones: the customer books a repair window in the portal, the visit
// goes to the technician, who checks in, records a part from the van and takes the customer's
// signature; the customer then downloads the service report, a PDF with Chinese text.

// Every stream of a PDF, inflated: the fonts' ToUnicode maps name the characters shown.
function pdfStreams(pdf: Buffer): string {
  const latin = pdf.toString("latin1");
  let out = "";
  for (let at = latin.indexOf("stream\n"); at >= 0; at = latin.indexOf("stream\n", at + 1)) {
    const end = latin.indexOf("endstream", at);
    if (end < 0) break;
    try {
      out += inflateSync(pdf.subarray(at + 7, end)).toString("latin1");
    } catch {
      // not a deflated stream
    }
  }
  return out.toLowerCase();
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`a customer books a repair visit, the technician works it on the phone, the report has Chinese text (${lang})`, async ({
    browser,
    request,
  }) => {
    const customer = await token(request, "customer@demo.local");
    const admin = await token(request, "admin@demo.local");
    const created = await request.post("/api/v1/tickets", {
      headers: auth(customer),
      data: {
        subject: `空调不制冷 ${lang}`,
        description: "Air conditioner not cooling / 空调不制冷",
        type: "repair",
      },
    });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()) as { number: string };
    const nodes = (await (await request.get("/api/v1/network/nodes", { headers: auth(admin) })).json()) as {
      items: { id: string; code: string }[];
    };
    const xuhui = nodes.items.find((n) => n.code === "O-SH-XH");
    // "aircon": only tech@demo.local has it, so the booking goes to them.
    const visitRes = await request.post(`/api/v1/tickets/${ticket.number}/visits`, {
      headers: auth(admin),
      data: {
        kind: "repair",
        nodeId: xuhui?.id,
        address: "上海市徐汇区漕溪北路 88 号",
        requiredSkills: ["aircon"],
      },
    });
    expect(visitRes.status()).toBe(201);
    const visit = (await visitRes.json()) as { id: string };

    const portal = await signIn(browser, "customer@demo.local", lang, PHONE);
    await portal.goto(`/portal/tickets/${ticket.number}`);
    await portal.getByTestId("slot").first().click();
    await shot(portal, "field-booking", lang);
    await portal.getByTestId("book-slot").click();
    await expect(portal.getByTestId("portal-visit-status")).toHaveText(lang === "en" ? "Booked" : "已预约");
    await expect(portal.getByTestId("portal-visit-window")).toContainText("孙强");
    await expectNoHorizontalOverflow(portal);

    const tech = await signIn(browser, "tech@demo.local", lang, PHONE);
    await tech.goto(`/console/my-work/visits/${visit.id}`);
    await tech.getByTestId("action-check_in").click();
    await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "On site" : "已到达");
    await tech.getByTestId("part-no").fill("P-AC-CAP");
    await tech.getByTestId("add-part").click();
    await expect(tech.getByTestId("visit-part")).toContainText("P-AC-CAP");
    const pad = tech.getByTestId("signature-canvas");
    // The pen draws where the pad is on screen: bring it there first.
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error("no signature pad");
    await tech.mouse.move(box.x + 30, box.y + 80);
    await tech.mouse.down();
    await tech.mouse.move(box.x + 120, box.y + 40, { steps: 8 });
    await tech.mouse.move(box.x + 220, box.y + 110, { steps: 8 });
    await tech.mouse.up();
    await tech.getByTestId("signed-by").fill("张先生");
    await tech.getByTestId("save-signature").click();
    await expect(tech.getByTestId("signed")).toContainText("张先生");
    // Right after signing, the customer rates the visit on the technician's phone (once).
    await tech.getByTestId("rating-stars").locator("li").nth(3).click();
    await tech.getByTestId("rating-comment").fill("师傅很专业");
    await shot(tech, "field-rating", lang);
    await tech.getByTestId("save-rating").click();
    await expect(tech.getByTestId("visit-rating")).toContainText(lang === "en" ? "Rated 4 of 5" : "评分 4/5");
    await tech.getByTestId("work-notes").fill("更换启动电容，试机制冷正常");
    await shot(tech, "field-job", lang);
    await tech.getByTestId("action-check_out").click();
    await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "Done" : "已完成");
    await expectNoHorizontalOverflow(tech);
    // The signed repair resolved the request: it waits for the customer's confirmation.
    const after = await request.get(`/api/v1/tickets/${ticket.number}`, { headers: auth(admin) });
    expect(((await after.json()) as { status: string }).status).toBe("resolved");
    // The QR code's page: anyone holding the report checks it, without signing in.
    const done = (await (
      await request.get(`/api/v1/visits/${visit.id}`, { headers: auth(admin) })
    ).json()) as {
      verifyPath: string;
    };
    const verify = await openPage(browser, { locale: lang, viewport: PHONE });
    await verify.goto(done.verifyPath);
    await expect(verify.getByTestId("report-number")).toHaveText(ticket.number);
    await expect(verify.getByTestId("report-hash")).toHaveText(/^[0-9a-f]{64}$/);
    await expectNoHorizontalOverflow(verify);
    await shot(verify, "field-verify", lang);

    await portal.reload();
    await expect(portal.getByTestId("portal-visit-status")).toHaveText(lang === "en" ? "Done" : "已完成");
    await shot(portal, "field-report", lang);
    const [download] = await Promise.all([
      portal.waitForEvent("download"),
      portal.getByTestId("download-report").click(),
    ]);
    const pdf = readFileSync((await download.path()) ?? "");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("NotoSansHans");
    const text = pdfStreams(pdf);
    expect(text).toContain("7535"); // 电 of 电子服务单
    expect(text).toContain("5f20"); // 张 of the signer's name
    expect(text).toContain("2605"); // ★ of the customer's rating
  });
}

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`the admin sets a node's coverage and reads the coverage report with its gaps (${lang})`, async ({
    browser,
  }) => {
    const admin = await signIn(browser, "admin@demo.local", lang);
    await admin.goto("/admin/coverage");
    const report = admin.getByTestId("coverage-report");
    // The demo customer in Guangzhou Tianhe lives outside every node's areas.
    await expect(admin.getByTestId("coverage-gaps")).toContainText("广州市 天河区");
    await expect(report.getByTestId("coverage-goal")).toHaveText(lang === "en" ? "Below the goal" : "未达标");
    await expect(admin.getByTestId("coverage-node-O-SH-XH")).toContainText(lang === "en" ? "Outlet" : "网点");
    await shot(admin, "field-coverage", lang);
    // Headquarters take on Guangdong: the gap closes.
    const hq = admin.getByTestId("coverage-node-HQ");
    await hq.getByTestId("coverage-picker").click();
    await admin
      .locator(".ant-cascader-menu-item", { hasText: "广东省" })
      .locator(".ant-cascader-checkbox")
      .click();
    await admin.keyboard.press("Escape");
    await hq.getByTestId("save-coverage").click();
    await expect(admin.getByTestId("coverage-gaps")).not.toContainText("广州市 天河区");
    await expect(report.getByTestId("coverage-goal")).toHaveText(lang === "en" ? "Goal met" : "已达标");
    // Put it back for the other language's run.
    await hq.getByTestId("coverage-picker").click();
    await admin
      .locator(".ant-cascader-menu-item", { hasText: "广东省" })
      .locator(".ant-cascader-checkbox")
      .click();
    await admin.keyboard.press("Escape");
    await hq.getByTestId("save-coverage").click();
    await expect(admin.getByTestId("coverage-gaps")).toContainText("广州市 天河区");
    await admin.setViewportSize(PHONE);
    await expectNoHorizontalOverflow(admin);
  });
}
