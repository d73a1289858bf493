import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboundMessages } from "../../src/server/modules/channels/index.js";
import { remindTomorrowsVisits } from "../../src/server/modules/field/use-cases/visit-notices.js";
import { mailboxWithLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

// What the customer hears about a home visit: the booking, the day-before reminder and "on the
// way" with the expected arrival — by their preferred channel, in their language, once each.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

const everyDay = { workDays: [1, 2, 3, 4, 5, 6, 7], shiftStart: "08:00", shiftEnd: "20:00" };
const drain = async () => {
  while (await h.jobs.tick()) {}
};

let setup: Promise<{ outletId: string; techId: string; techToken: string }> | undefined;
function network() {
  setup ??= (async () => {
    const hq = await ok(
      "POST",
      "/api/v1/network/nodes",
      w.admin.token,
      { code: code("N"), name: "总部", level: "hq" },
      201,
    );
    const email = `tech.${code("u")}@test.local`;
    const u = await ok(
      "POST",
      "/api/v1/users",
      w.admin.token,
      { email, name: "张师傅", role: "technician", password: "secret-password" },
      201,
    );
    // Home base in Shanghai's Xuhui district, a few kilometres from the customers' sites.
    await ok("PUT", `/api/v1/technicians/${u.id}`, w.admin.token, {
      nodeId: hq.id,
      skills: ["washer"],
      ...everyDay,
      homeLat: 31.17,
      homeLng: 121.43,
    });
    // Alice reads Chinese (the tenant's default language is English).
    await ok("PATCH", `/api/v1/customers/${w.alice.id}`, w.admin.token, { locale: "zh-CN" });
    return { outletId: hq.id as string, techId: u.id as string, techToken: await h.login(email) };
  })();
  return setup;
}

async function visitFor(customerId: string, kind = "repair") {
  const net = await network();
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机不排水", description: "上门", type: "repair", customerId },
    201,
  );
  const visit = await ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    {
      kind,
      nodeId: net.outletId,
      durationMinutes: 60,
      address: "上海市徐汇区漕溪北路 1 号",
      lat: 31.19,
      lng: 121.44,
      requiredSkills: ["washer"],
    },
    201,
  );
  return { ticket: t, visit };
}

const notices = (ticketId: string, kind: string) =>
  h.services.db
    .select()
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.tenantId, w.tenantId),
        eq(outboundMessages.ticketId, ticketId),
        eq(outboundMessages.kind, kind),
      ),
    );

// The tenant's calendar day of an instant (the world's tenant is on Asia/Shanghai).
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe("visit notices to the customer", () => {
  it("a booking confirms date, window, technician and what to prepare: mail in Chinese, SMS in English", async () => {
    const smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, `service.${code("mb")}@example.com`);
    const { ticket, visit } = await visitFor(w.alice.id, "installation");
    const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token)).items;
    await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.aliceUser.token, { start: slot.start });
    // Nothing leaves before the booking is committed and the job runs.
    expect(smtp.received.filter((m) => m.subject?.includes("上门服务已预约"))).toHaveLength(0);
    await drain();
    const mail = smtp.received.find((m) => m.subject?.includes("上门服务已预约"));
    await smtp.close();
    expect(mail?.to).toMatchObject({ text: w.alice.email });
    expect(mail?.subject).toContain(ticket.number);
    const hhmm = (iso: string) =>
      new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
    expect(mail?.subject).toContain(`${hhmm(slot.start)}–${hhmm(slot.end)}`);
    expect(mail?.text).toContain("技术员：张师傅");
    expect(mail?.text).toContain("请您提前准备：保持产品包装完好");

    // Bob prefers SMS, in English.
    await ok("PATCH", `/api/v1/customers/${w.bob.id}`, w.admin.token, {
      phone: "+86 138 0013 8000",
      preferredChannel: "sms",
      locale: "en",
    });
    const b = await visitFor(w.bob.id);
    const [bs] = (await ok("GET", `/api/v1/visits/${b.visit.id}/slots`, w.agent.token)).items;
    await ok("POST", `/api/v1/visits/${b.visit.id}/booking`, w.agent.token, { start: bs.start });
    await drain();
    const [sms] = await notices(b.ticket.id, "visit_booked");
    expect(sms).toMatchObject({ channel: "sms", status: "sent" });
    expect(sms?.body).toContain(`Home visit booked:`);
    expect(sms?.body).toContain(`${hhmm(bs.start)}–${hhmm(bs.end)}, technician 张师傅`);
    expect(sms?.body).toContain("purchase invoice or warranty card");
  });

  it("the technician taps on the way: the customer sees the ETA on the portal and is told it once", async () => {
    const net = await network();
    const { ticket, visit } = await visitFor(w.alice.id);
    const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token)).items;
    await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.aliceUser.token, { start: slot.start });
    const before = await ok("GET", `/api/v1/visits/${visit.id}`, w.aliceUser.token);
    expect(before.etaAt).toBeNull();
    const depart = () =>
      h.call("POST", `/api/v1/visits/${visit.id}/steps`, {
        token: net.techToken,
        body: { action: "depart", lat: 31.17, lng: 121.43 },
        headers: { "idempotency-key": "depart-once" },
      });
    expect((await depart()).status).toBe(200);
    expect((await depart()).status).toBe(200);
    const seen = await ok("GET", `/api/v1/visits/${visit.id}`, w.aliceUser.token);
    expect(seen.status).toBe("en_route");
    // About 2.5 km apart at the planner's 30 km/h with detour: a few minutes, never hours.
    const minutes = (new Date(seen.etaAt).getTime() - h.clock.now().getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(2);
    expect(minutes).toBeLessThan(30);
    await drain();
    const told = await notices(ticket.id, "visit_on_the_way");
    expect(told).toHaveLength(1);
    const eta = new Date(new Date(seen.etaAt).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
    expect(told[0]?.body).toContain(`预计到达时间：${eta}`);
    // On arrival the ETA is no longer shown.
    await ok("POST", `/api/v1/visits/${visit.id}/steps`, net.techToken, { action: "check_in" });
    expect((await ok("GET", `/api/v1/visits/${visit.id}`, w.aliceUser.token)).etaAt).toBeNull();
  });

  it("the day before, each scheduled visit is reminded once; a cancelled one is not", async () => {
    const runSchedule = () =>
      h.services.db.transaction((tx) =>
        remindTomorrowsVisits({
          tx,
          s: h.services,
          jobId: 0,
          tenantId: null,
          attempt: 1,
          now: h.clock.now(),
        }),
      );
    const tomorrow = shanghaiDay(new Date(h.clock.now().getTime() + 86_400_000));
    const book = async () => {
      const v = await visitFor(w.alice.id);
      const slots = (await ok("GET", `/api/v1/visits/${v.visit.id}/slots`, w.agent.token)).items;
      const slot = slots.find((s: { start: string }) => shanghaiDay(new Date(s.start)) === tomorrow);
      expect(slot, "a slot tomorrow").toBeTruthy();
      await ok("POST", `/api/v1/visits/${v.visit.id}/booking`, w.agent.token, { start: slot.start });
      return v;
    };
    const kept = await book();
    const cancelled = await book();
    // Cancelled by the desk: inside the notice period (tomorrow) the portal would refuse the customer.
    await ok("POST", `/api/v1/visits/${cancelled.visit.id}/steps`, w.agent.token, {
      action: "cancel",
      notes: "客户来电取消",
    });
    await runSchedule();
    await runSchedule();
    await drain();
    const reminders = await notices(kept.ticket.id, "visit_reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toContain("提醒：技术员明天上门服务");
    expect(await notices(cancelled.ticket.id, "visit_reminder")).toHaveLength(0);
  });
});
