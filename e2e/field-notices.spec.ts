import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { expect } from "@playwright/test";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  journeyVariants,
  PHONE,
  phoneAndDeskShot as shot,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";
import { captureMail } from "./mail-capture.js";

// What the customer hears about a home visit: booking a window in the portal sends the
// confirmation mail; when the technician taps "On my way" the portal shows the expected arrival.
// On site the technician works through the SOP checklist; the report lists it.

const inbox = captureMail();

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

// A checklist for air-conditioner maintenance only (no other journey books that kind), removed
// again afterwards so the demo stays as it was.
const STEPS = [
  { zh: "断电并检查电源线", en: "Cut power and check the power cord", required: true },
  { zh: "清洗室内机滤网", en: "Wash the indoor unit's filter", required: true },
  { zh: "测量出风口温度", en: "Measure the outlet air temperature", required: false },
];

for (const lang of journeyVariants(["zh-CN", "en"] as const)) {
  test(`booking a visit mails the confirmation; "on my way" shows the customer the ETA (${lang})`, async ({
    browser,
    request,
  }) => {
    const customer = await token(request, "customer@demo.local");
    const admin = await token(request, "admin@demo.local");
    const template = (steps: typeof STEPS) =>
      request.put("/api/v1/visit-checklists", {
        headers: auth(admin),
        data: { kind: "maintenance", productLine: "aircon", steps },
      });
    expect((await template(STEPS)).status()).toBe(200);
    try {
      const created = await request.post("/api/v1/tickets", {
        headers: auth(customer),
        data: {
          subject: `空调漏水 ${lang}`,
          description: "Air conditioner leaking / 空调漏水",
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
          kind: "maintenance",
          nodeId: xuhui?.id,
          address: "上海市徐汇区漕溪北路 88 号",
          lat: 31.19,
          lng: 121.44,
          requiredSkills: ["aircon"],
        },
      });
      expect(visitRes.status()).toBe(201);
      const visit = (await visitRes.json()) as { id: string };

      const portal = await signIn(browser, "customer@demo.local", lang, PHONE);
      await portal.goto(`/portal/tickets/${ticket.number}`);
      await portal.getByTestId("slot").first().click();
      await portal.getByTestId("book-slot").click();
      await expect(portal.getByTestId("portal-visit-window")).toContainText("孙强");

      // The confirmation reaches the customer's mailbox after the booking commits.
      await expect
        .poll(
          () => inbox.find((m) => m.subject?.includes(ticket.number) && /预约|booked/.test(m.subject ?? "")),
          {
            timeout: 30_000,
          },
        )
        .toBeTruthy();
      const mail = inbox.find(
        (m) => m.subject?.includes(ticket.number) && /预约|booked/.test(m.subject ?? ""),
      );
      expect(mail?.text).toContain("孙强");
      expect(mail?.text).toMatch(/请您提前准备|Please prepare/);

      // The technician sets off from the phone.
      const tech = await signIn(browser, "tech@demo.local", lang, PHONE);
      await tech.goto(`/console/my-work/visits/${visit.id}`);
      await tech.getByTestId("action-depart").click();
      await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "On the way" : "在路上");

      await portal.reload();
      const eta = portal.getByTestId("portal-visit-eta");
      await expect(eta).toContainText("孙强");
      await expect(eta).toContainText(/\d{2}:\d{2}/);
      await expect(eta).toContainText(lang === "en" ? "is on the way, expected at" : "已出发，预计");
      await expectNoHorizontalOverflow(portal);
      await shot(portal, "field-portal-eta", lang);

      // On site: the checklist's required steps hold back the check-out until ticked.
      await tech.getByTestId("action-check_in").click();
      await expect(tech.getByTestId("visit-checklist")).toContainText(
        lang === "en" ? "Cut power and check the power cord" : "断电并检查电源线",
      );
      await expect(tech.getByTestId("checklist-required-left")).toBeVisible();
      const pad = tech.getByTestId("signature-canvas");
      // The pen draws where the pad is on screen: bring it there first.
      await pad.scrollIntoViewIfNeeded();
      const box = await pad.boundingBox();
      if (!box) throw new Error("no signature pad");
      await tech.mouse.move(box.x + 30, box.y + 80);
      await tech.mouse.down();
      await tech.mouse.move(box.x + 160, box.y + 40, { steps: 8 });
      await tech.mouse.up();
      await tech.getByTestId("signed-by").fill("张先生");
      await tech.getByTestId("save-signature").click();
      await expect(tech.getByTestId("signed")).toContainText("张先生");
      await expect(tech.getByTestId("action-check_out")).toBeDisabled();
      await tech.getByTestId("checklist-s1").click();
      await tech.getByTestId("checklist-s2").click();
      await expect(tech.getByTestId("checklist-progress")).toContainText("2");
      await expect(tech.getByTestId("checklist-required-left")).toHaveCount(0);
      await expectNoHorizontalOverflow(tech);
      await shot(tech, "field-checklist", lang);
      await tech.getByTestId("action-check_out").click();
      await expect(tech.getByTestId("visit-status")).toHaveText(lang === "en" ? "Done" : "已完成");

      // The report lists the checklist (清 of 清洗, 测 of the optional step).
      await portal.reload();
      const [download] = await Promise.all([
        portal.waitForEvent("download"),
        portal.getByTestId("download-report").click(),
      ]);
      const text = pdfStreams(readFileSync((await download.path()) ?? ""));
      expect(text).toContain("6e05");
      expect(text).toContain("6d4b");
    } finally {
      await template([]);
    }
  });
}
