import { crc32, deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { bearer as auth, PHONE, signIn, apiToken as token } from "./helpers.js";

// A remote diagnosis on the technician's phone: a photo is taken (camera input) and shown, the
// outcome "needs an on-site visit" checks the call out without a signature and creates the on-site
// visit; the Chinese labels are checked once on the same screen.

// A tiny real PNG (the phone re-encodes it as JPEG before sending).
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0]);
  const rows = Buffer.alloc((16 * 3 + 1) * 16, 0x80);
  for (let y = 0; y < 16; y++) rows[y * 49] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("remote diagnosis on the phone: a photo, then 'needs an on-site visit' creates the on-site visit", async ({
  browser,
  request,
}) => {
  const customer = await token(request, "customer@demo.local");
  const admin = await token(request, "admin@demo.local");
  const created = await request.post("/api/v1/tickets", {
    headers: auth(customer),
    data: { subject: "空调显示 E5 远程诊断", description: "Error E5 on the display", type: "repair" },
  });
  const ticket = (await created.json()) as { number: string };
  const nodes = (await (await request.get("/api/v1/network/nodes", { headers: auth(admin) })).json()) as {
    items: { id: string; code: string }[];
  };
  const xuhui = nodes.items.find((n) => n.code === "O-SH-XH");
  // No address: a remote diagnosis is a call. "aircon": only tech@demo.local has it.
  const visitRes = await request.post(`/api/v1/tickets/${ticket.number}/visits`, {
    headers: auth(admin),
    data: { kind: "remote", nodeId: xuhui?.id, durationMinutes: 30, requiredSkills: ["aircon"] },
  });
  expect(visitRes.status()).toBe(201);
  const visit = (await visitRes.json()) as { id: string };
  const slots = (
    await (await request.get(`/api/v1/visits/${visit.id}/slots`, { headers: auth(customer) })).json()
  ).items as { start: string }[];
  // The last offered window: the other field journey books the first ones.
  const booked = await request.post(`/api/v1/visits/${visit.id}/booking`, {
    headers: auth(customer),
    data: { start: slots.at(-1)?.start },
  });
  expect(booked.status()).toBe(200);

  const tech = await signIn(browser, "tech@demo.local", "en", PHONE);
  await tech.goto(`/console/my-work/visits/${visit.id}`);
  await tech.getByTestId("action-check_in").click();
  await expect(tech.getByTestId("visit-status")).toHaveText("On site");
  await tech
    .getByTestId("photo-input")
    .setInputFiles({ name: "e5.png", mimeType: "image/png", buffer: png() });
  await expect(tech.getByTestId("visit-photos").locator("img")).toHaveCount(1);
  await tech.getByText("Needs an on-site visit").click();
  await tech.getByTestId("onsite-address").fill("上海市徐汇区漕溪北路 88 号");
  await tech.getByTestId("action-check_out").click();
  await expect(tech.getByTestId("visit-status")).toHaveText("Done");
  await expect(tech.getByTestId("remote-outcome")).toHaveText("Needs an on-site visit");

  const after = (await (
    await request.get(`/api/v1/visits/${visit.id}`, { headers: auth(admin) })
  ).json()) as {
    followUpVisitId: string | null;
  };
  expect(after.followUpVisitId).toBeTruthy();
  await tech.context().close();
  // The other language, once: the same screen in Chinese.
  const zh = await signIn(browser, "tech@demo.local", "zh-CN", PHONE);
  await zh.goto(`/console/my-work/visits/${visit.id}`);
  await expect(zh.getByTestId("remote-outcome")).toHaveText("需要上门");
  await expect(zh.getByText("现场照片")).toBeVisible();
  await zh.context().close();
});
