import { describe, expect, it } from "vitest";
import { remindExpiringCertifications } from "../../src/server/modules/field/use-cases/certification-reminders.js";
import { mailboxWithLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;
// A calendar date `days` from the test clock's today (a month either side: no time-zone edge).
const day = (days: number) =>
  new Date(h.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

// An East region with one outlet and two washer technicians homed there (Wang first, so the
// earliest-fitting one), and a North region with its own manager.
async function network() {
  const admin = w.admin.token;
  const node = (body: Record<string, unknown>) =>
    ok("POST", "/api/v1/network/nodes", admin, { code: code("N"), ...body }, 201);
  const hq = await node({ name: "总部服务中心", level: "hq" });
  const east = await node({ name: "华东分中心", level: "region", parentId: hq.id });
  const north = await node({ name: "华北分中心", level: "region", parentId: hq.id });
  const outlet = await node({ name: "上海徐汇网点", level: "outlet", parentId: east.id });
  const user = async (role: string, name: string) => {
    const email = `${role}.${code("u")}@test.local`;
    const u = await ok(
      "POST",
      "/api/v1/users",
      admin,
      { email, name, role, password: "secret-password" },
      201,
    );
    return { id: u.id as string, token: await h.login(email) };
  };
  const shift = { workDays: [1, 2, 3, 4, 5, 6, 7], shiftStart: "09:00", shiftEnd: "17:00" };
  const wang = await user("technician", "王师傅");
  await ok("PUT", `/api/v1/technicians/${wang.id}`, admin, {
    nodeId: outlet.id,
    skills: ["washer"],
    ...shift,
  });
  const li = await user("technician", "李师傅");
  await ok("PUT", `/api/v1/technicians/${li.id}`, admin, { nodeId: outlet.id, skills: ["washer"], ...shift });
  const northManager = await user("supervisor", "北区主管");
  await ok("PUT", `/api/v1/network/staff/${northManager.id}`, admin, { nodeId: north.id });
  return { outlet, wang, li, northManager };
}

async function washerVisit(nodeId: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机不排水", description: "需要上门维修", type: "repair", customerId: w.alice.id },
    201,
  );
  return ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    {
      kind: "repair",
      nodeId,
      durationMinutes: 90,
      address: "上海市徐汇区漕溪北路 1 号",
      requiredSkills: ["washer"],
    },
    201,
  );
}

describe("field service: technicians' certifications", () => {
  it("a technician whose washer certification has expired is neither booked nor assignable for washer visits", async () => {
    const net = await network();
    const lapsed = await ok(
      "POST",
      `/api/v1/technicians/${net.wang.id}/certifications`,
      w.supervisor.token,
      {
        skill: "washer",
        name: "洗衣机安装维修资质",
        issuedOn: day(-400),
        expiresOn: day(-30),
      },
      201,
    );
    expect(lapsed).toMatchObject({ skill: "washer", expired: true });
    const listed = await ok("GET", `/api/v1/technicians/${net.wang.id}/certifications`, w.admin.token);
    expect(listed.items).toEqual([lapsed]);

    // The customer's booking goes to Li although Wang comes first in the earliest-fitting order.
    const visit = await washerVisit(net.outlet.id);
    const slots = await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token);
    const [first] = slots.items;
    const booked = await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.aliceUser.token, {
      start: first.start,
    });
    expect(booked.technicianId).toBe(net.li.id);

    // Li now holds that window and Wang may not take it: the slot is not offered any more.
    const second = await washerVisit(net.outlet.id);
    const again = await ok("GET", `/api/v1/visits/${second.id}/slots`, w.aliceUser.token);
    expect(again.items.map((x: { start: string }) => x.start)).not.toContain(first.start);
    const assign = await h.call("POST", `/api/v1/visits/${second.id}/assignment`, {
      token: w.admin.token,
      lang: "zh-CN",
      body: { technicianId: net.wang.id, start: first.start },
    });
    expect(assign.status).toBe(422);
    expect(assign.body.error.code).toBe("field.technician_ineligible");
    expect(assign.body.error.message).toContain("资质证书已过期");

    // Renewed: Wang is offered and booked again for the same window.
    await ok(
      "POST",
      `/api/v1/technicians/${net.wang.id}/certifications`,
      w.admin.token,
      {
        skill: "washer",
        name: "洗衣机安装维修资质（复审）",
        issuedOn: day(-1),
        expiresOn: day(365),
      },
      201,
    );
    const renewed = await ok("GET", `/api/v1/visits/${second.id}/slots`, w.aliceUser.token);
    expect(renewed.items.map((x: { start: string }) => x.start)).toContain(first.start);
    const rebooked = await ok("POST", `/api/v1/visits/${second.id}/booking`, w.aliceUser.token, {
      start: first.start,
    });
    expect(rebooked.technicianId).toBe(net.wang.id);
  });

  it("removes a certification, refuses bad dates and other regions, in the caller's language", async () => {
    const net = await network();
    const path = `/api/v1/technicians/${net.li.id}/certifications`;
    const cert = await ok(
      "POST",
      path,
      w.admin.token,
      {
        skill: "washer",
        name: "洗衣机安装维修资质",
        issuedOn: day(-10),
        expiresOn: day(300),
      },
      201,
    );
    expect(cert.expired).toBe(false);

    const backwards = await h.call("POST", path, {
      token: w.admin.token,
      lang: "en",
      body: { skill: "washer", name: "x", issuedOn: day(10), expiresOn: day(-10) },
    });
    expect(backwards.status).toBe(400);
    const notADate = await h.call("POST", path, {
      token: w.admin.token,
      body: { skill: "washer", name: "x", issuedOn: "2026-02-30", expiresOn: day(10) },
    });
    expect(notADate.status).toBe(400);

    // The North manager does not see an East technician; an agent may not manage certifications.
    const north = await h.call("GET", path, { token: net.northManager.token, lang: "zh-CN" });
    expect(north.status).toBe(404);
    expect(north.body.error.message).toBe("没有这个技术员。");
    expect((await h.call("POST", path, { token: w.agent.token, body: cert })).status).toBe(403);

    expect((await h.call("DELETE", `${path}/${cert.id}`, { token: w.supervisor.token })).status).toBe(204);
    expect((await ok("GET", path, w.admin.token)).items).toEqual([]);
    const gone = await h.call("DELETE", `${path}/${cert.id}`, { token: w.admin.token, lang: "en" });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe("There is no such certification.");
  });
});

describe("field service: certification expiry reminders", () => {
  // The daily schedule's run, as the job runner makes it: inside one transaction.
  const runSchedule = () =>
    h.services.db.transaction((tx) =>
      remindExpiringCertifications({
        tx,
        s: h.services,
        jobId: 0,
        tenantId: null,
        attempt: 1,
        now: h.clock.now(),
      }),
    );
  const expiring = async (token: string) =>
    ((await ok("GET", "/api/v1/notifications", token)).items as any[]).filter(
      (x) => x.kind === "certification_expiring",
    );

  it("30 days before expiry the technician and the supervisors over them are notified and mailed, once", async () => {
    const smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, `service.${code("mb")}@example.com`);
    const net = await network();
    const add = (userId: string, name: string, expiresOn: string) =>
      ok(
        "POST",
        `/api/v1/technicians/${userId}/certifications`,
        w.admin.token,
        {
          skill: "washer",
          name,
          issuedOn: day(-700),
          expiresOn,
        },
        201,
      );
    const soon = await add(net.li.id, "洗衣机安装维修资质", day(20));
    await add(net.wang.id, "远期资质", day(200));
    await add(net.wang.id, "已过期资质", day(-5));

    await runSchedule();
    await runSchedule();
    while (await h.jobs.tick()) {}

    const mine = await expiring(net.li.token);
    expect(mine).toHaveLength(1);
    expect(mine[0].data).toMatchObject({
      certificationId: soon.id,
      expiresOn: day(20),
      technicianName: "李师傅",
    });
    // Headquarters' supervisor hears of it; the North's manager (not over this outlet) does not.
    expect((await expiring(w.supervisor.token)).map((x) => x.data.certificationId)).toContain(soon.id);
    expect(await expiring(net.northManager.token)).toEqual([]);
    // Wang's far and already-expired certifications raise nothing.
    expect(await expiring(net.wang.token)).toEqual([]);

    const mails = smtp.received.filter((m) => m.subject?.includes("洗衣机安装维修资质"));
    const to = mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address);
    expect(to).toContain(w.supervisor.email);
    expect(mails.length).toBe(new Set(to).size);
    expect(mails[0]?.text).toContain(day(20));
    await smtp.close();
  });
});
