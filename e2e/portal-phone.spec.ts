import { deflateSync } from "node:zlib";
import { type APIRequestContext, expect } from "@playwright/test";
import {
  bearer as auth,
  expectNoHorizontalOverflow,
  journeyVariants,
  type Lang,
  PHONE,
  phoneAndDeskShot as shot,
  signIn,
  test,
  apiToken as token,
} from "./helpers.js";

// The customer portal on a phone: open and closed requests apart, "please confirm" pinned on top
// with the answer on the card, photos shown as pictures (tap to enlarge), the right word for who
// handles a request, no desktop-only hints, and a rating after the customer confirms the fix.
// Screenshots go to SHOTS_DIR when set (both languages, phone and desk width).

const LANGS: Lang[] = ["zh-CN", "en"];

// A small striped PNG, so a thumbnail shows something (encoded here: no image files in the repo).
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const stripe = Math.floor((x + y) / 12) % 2 === 0;
      row.set(stripe ? [22, 119, 255] : [230, 244, 255], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

type Ticket = { number: string; status: string };

async function upload(request: APIRequestContext, t: string, name: string, mimeType: string, buffer: Buffer) {
  const res = await request.post("/api/v1/attachments", {
    headers: auth(t),
    multipart: { file: { name, mimeType, buffer } },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function request_(request: APIRequestContext, t: string, subject: string, attachmentIds?: string[]) {
  const res = await request.post("/api/v1/tickets", {
    headers: auth(t),
    data: { subject, description: "Door seal leaks / 门封漏水", type: "repair", attachmentIds },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as Ticket;
}

async function act(request: APIRequestContext, t: string, ref: string, action: string) {
  const res = await request.post(`/api/v1/tickets/${ref}/transitions`, {
    headers: auth(t),
    data: { action },
  });
  expect(res.ok()).toBeTruthy();
}

for (const lang of journeyVariants(LANGS)) {
  test(`a customer's requests on a phone: open and closed apart, confirm pinned, photos, then a rating (${lang})`, async ({
    browser,
    request,
  }) => {
    const en = lang === "en";
    const stamp = Date.now();
    const customer = await token(request, "customer@demo.local");
    const boss = await token(request, "manager@demo.local");
    const photo = await upload(request, customer, "seal.png", "image/png", png(160, 120));
    const pdf = await upload(
      request,
      customer,
      "invoice.pdf",
      "application/pdf",
      Buffer.from("%PDF-1.4\n%%EOF\n"),
    );
    const open = await request_(request, customer, `E2E open ${lang} ${stamp}`, [photo, pdf]);
    const toConfirm = await request_(request, customer, `E2E confirm ${lang} ${stamp}`);
    const done = await request_(request, customer, `E2E done ${lang} ${stamp}`);
    // The open one goes to a field engineer; the other two are resolved, one already confirmed.
    const techToken = await token(request, "tech@demo.local");
    const tech = (await (await request.get("/api/v1/me", { headers: auth(techToken) })).json()) as {
      id: string;
    };
    const assigned = await request.patch(`/api/v1/tickets/${open.number}`, {
      headers: auth(boss),
      data: { assigneeId: tech.id, reason: "on-site visit" },
    });
    expect(assigned.ok()).toBeTruthy();
    await act(request, boss, toConfirm.number, "resolve");
    await act(request, boss, done.number, "resolve");
    await act(request, customer, done.number, "confirm");

    const page = await signIn(browser, "customer@demo.local", lang, PHONE);
    await page.goto("/portal");
    const pinned = page.locator(`[data-testid="portal-confirm-card"][data-number="${toConfirm.number}"]`);
    await expect(pinned).toBeVisible();
    // Pinned above the list of requests, with the answer on the card itself.
    const pinnedBox = await page.getByTestId("portal-please-confirm").boundingBox();
    const tabsBox = await page.getByTestId("portal-request-tabs").boundingBox();
    expect(pinnedBox && tabsBox && pinnedBox.y < tabsBox.y).toBeTruthy();
    await expect(pinned.getByTestId("pinned-confirm")).toBeVisible();
    await expect(pinned.getByTestId("pinned-reject")).toBeVisible();

    const tabs = page.getByTestId("portal-request-tabs");
    const card = (n: string) => tabs.locator(`[data-testid="portal-ticket"][data-number="${n}"]`);
    await expect(card(open.number)).toBeVisible();
    await expect(card(open.number).getByTestId("portal-ticket-handler")).toContainText(
      en ? "Engineer" : "工程师",
    );
    await expect(card(done.number)).toBeHidden();
    await expect(card(toConfirm.number)).toBeHidden();
    // Nothing meant for a desk keyboard on a phone, and nothing wider than the screen.
    await expect(page.getByText(/Ctrl\+Enter|shortcut|快捷键/)).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await shot(page, "portal-home", lang);

    await page.getByTestId("portal-tab-closed").click();
    await expect(card(done.number)).toBeVisible();
    await expect(card(open.number)).toBeHidden();
    await shot(page, "portal-closed", lang);
    // Nobody was ever assigned to it: its tracker has no "engineer assigned" step (5 steps, not 6).
    await expect(card(done.number)).toContainText("(5/5)");
    await card(done.number).click();
    await expect(page.getByTestId("ticket-number")).toContainText(done.number);
    await expect(page.getByTestId("progress-steps")).not.toContainText(
      en ? "Engineer assigned" : "已派工程师",
    );
    await expect(page.getByTestId("progress-steps")).toContainText(en ? "Confirmed" : "已确认");
    await page.goBack();

    // The open request: its photo as a picture that enlarges, the PDF as a link.
    await page.getByTestId("portal-tab-open").click();
    await card(open.number).click();
    await expect(page.getByTestId("ticket-number")).toContainText(open.number);
    await expect(page.getByTestId("portal-handler")).toContainText(en ? "Engineer" : "工程师");
    const thumb = page.getByTestId("attachment-photo");
    await expect(thumb).toBeVisible();
    await expect(page.getByRole("button", { name: /invoice\.pdf/ })).toBeVisible();
    await expect(page.getByText(/Ctrl\+Enter|快捷键/)).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await shot(page, "portal-ticket", lang);
    await thumb.click();
    await expect(page.locator(".ant-image-preview-img, .ant-image-preview img").first()).toBeVisible();
    await shot(page, "portal-photo", lang);
    await page.keyboard.press("Escape");

    // "Fixed" on the pinned card closes the request and asks for a rating, once.
    await page.goto("/portal");
    await pinned.getByTestId("pinned-confirm").click();
    await expect(page.getByTestId("ticket-number")).toContainText(toConfirm.number);
    await expect(page.getByTestId("ticket-status")).toHaveAttribute("data-status", "closed");
    const rating = page.getByTestId("portal-rating");
    await expect(rating).toBeVisible();
    await shot(page, "portal-rate", lang);
    await rating.getByRole("radio").nth(3).click();
    await page.getByTestId("portal-rating-comment").fill(en ? "Quick and friendly" : "上门很及时");
    await page.getByTestId("portal-rating-submit").click();
    const given = page.getByTestId("portal-rating-given");
    await expect(given).toContainText(en ? "Quick and friendly" : "上门很及时");
    await page.reload();
    await expect(page.getByTestId("portal-rating-given")).toBeVisible();
    await expect(page.getByTestId("portal-rating")).toHaveCount(0);
    await shot(page, "portal-rated", lang);
    const stored = (await (
      await request.get(`/api/v1/tickets/${toConfirm.number}`, { headers: auth(boss) })
    ).json()) as { rating: { score: number } | null };
    expect(stored.rating?.score).toBe(4);
    await page.context().close();

    // Staff see it too: stars, their word and the comment on the ticket page, and in its history.
    const desk = await signIn(browser, "manager@demo.local", lang);
    await desk.goto(`/console/tickets/${toConfirm.number}`);
    const seen = desk.getByTestId("ticket-rating");
    await expect(seen).toHaveAttribute("data-score", "4");
    await expect(seen).toContainText(en ? "Customer rating" : "客户评价");
    await expect(seen).toContainText(en ? "Good" : "满意");
    await expect(seen).toContainText(en ? "Quick and friendly" : "上门很及时");
    await expect(
      desk.getByText(en ? "rated the service 4 / 5 (Good)" : "评价了本次服务：4 / 5 星（满意）"),
    ).toBeVisible();
    await desk.setViewportSize(PHONE);
    await shot(desk, "console-rating", lang);
    await desk.context().close();
  });
}
