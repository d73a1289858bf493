import { expect, test } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  PHONE,
  phoneAndDeskShot as shot,
  signIn,
  apiToken as token,
} from "./helpers.js";

// What the customer hears about a home visit: booking a window in the portal sends the
// confirmation mail; when the technician taps "On my way" the portal shows the expected arrival.

// The server mails through AFTERCARE_SMTP_URL (playwright.config.ts): this capture is that server.
const port = Number(process.env.E2E_PORT ?? 3210);
const CAPTURE_PORT = port + 11;
const inbox: ParsedMail[] = [];
let capture: SMTPServer;

test.beforeAll(async () => {
  capture = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        inbox.push(m);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => capture.listen(CAPTURE_PORT, "127.0.0.1", () => resolve()));
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => capture.close(() => resolve()));
});

for (const lang of ["zh-CN", "en"] as const) {
  test(`booking a visit mails the confirmation; "on my way" shows the customer the ETA (${lang})`, async ({
    browser,
    request,
  }) => {
    const customer = await token(request, "customer@demo.local");
    const admin = await token(request, "admin@demo.local");
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
        kind: "repair",
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
    const mail = inbox.find((m) => m.subject?.includes(ticket.number) && /预约|booked/.test(m.subject ?? ""));
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
  });
}
