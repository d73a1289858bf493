import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";
import { alertSchedule } from "./alert-schedule.js";

// "The region's managers" as recipients of a rule on dimension region, resolved through the
// service network at delivery; and alert names in both languages (rule name, subject), each reader
// seeing theirs in the inbox API, the bell's notification and the mail.
const { h, worlds } = worldPerFile("alert-region-a", "alert-region-b");
const [a, b] = worlds;
let smtp: LocalSmtp;

const { runSchedule, runJobs, alertNotes } = alertSchedule(h);

async function staff(role: string, name: string, locale: "zh-CN" | "en") {
  const email = `${name}.${Math.random().toString(36).slice(2, 8)}@region.test`;
  const u = await a.post("/api/v1/users", { email, name, role, password: PASSWORD, locale });
  return { ...u, email, token: await h.login(email, PASSWORD) };
}

let east: Awaited<ReturnType<typeof staff>>;
let north: Awaited<ReturnType<typeof staff>>;
let eastOutlet: Awaited<ReturnType<typeof staff>>;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  await a.post("/api/v1/channels/email", {
    name: "Service",
    address: "service@region.test",
    smtp: { url: smtp.url },
  });
  // HQ → East (serves Shanghai itself) and North (serves Beijing through its outlet's coverage).
  east = await staff("supervisor", "east-manager", "zh-CN");
  north = await staff("supervisor", "north-manager", "en");
  eastOutlet = await staff("supervisor", "xuhui-outlet-lead", "en");
  const hq = await a.post("/api/v1/network/nodes", { code: "HQ", name: "HQ", level: "hq" });
  const eastNode = await a.post("/api/v1/network/nodes", {
    code: "R-E",
    name: "East",
    level: "region",
    parentId: hq.id,
  });
  const northNode = await a.post("/api/v1/network/nodes", {
    code: "R-N",
    name: "North",
    level: "region",
    parentId: hq.id,
  });
  const xuhui = await a.post("/api/v1/network/nodes", {
    code: "O-XH",
    name: "Xuhui",
    level: "outlet",
    parentId: eastNode.id,
  });
  const chaoyang = await a.post("/api/v1/network/nodes", {
    code: "O-CY",
    name: "Chaoyang",
    level: "outlet",
    parentId: northNode.id,
  });
  const put = (path: string, body: unknown) => h.call("PUT", path, { token: a.admin.token, body });
  expect((await put(`/api/v1/network/nodes/${eastNode.id}/coverage`, { divisions: ["31"] })).status).toBe(
    200,
  );
  expect((await put(`/api/v1/network/nodes/${chaoyang.id}/coverage`, { divisions: ["110105"] })).status).toBe(
    200,
  );
  for (const [u, node] of [
    [east, eastNode],
    [north, northNode],
    [eastOutlet, xuhui],
  ] as const)
    expect((await put(`/api/v1/network/staff/${u.id}`, { nodeId: node.id })).status).toBe(200);
});
afterAll(async () => smtp?.close());

// Tenant b has its own East region serving Shanghai, with its own manager: a's alerts never reach them.
let otherEast: { id: string; token: string };
beforeAll(async () => {
  const email = `b-east.${Math.random().toString(36).slice(2, 8)}@region.test`;
  const u = await b.post("/api/v1/users", { email, name: "b east", role: "supervisor", password: PASSWORD });
  otherEast = { ...u, token: await h.login(email, PASSWORD) };
  const hq = await b.post("/api/v1/network/nodes", { code: "HQ", name: "HQ", level: "hq" });
  const node = await b.post("/api/v1/network/nodes", {
    code: "R-E",
    name: "East",
    level: "region",
    parentId: hq.id,
  });
  const put = (path: string, body: unknown) => h.call("PUT", path, { token: b.admin.token, body });
  expect((await put(`/api/v1/network/nodes/${node.id}/coverage`, { divisions: ["31"] })).status).toBe(200);
  expect((await put(`/api/v1/network/staff/${u.id}`, { nodeId: node.id })).status).toBe(200);
});

describe("alert rules on a region, sent to the region's managers", () => {
  it("refuses the region's managers on a rule that is not on a region", async () => {
    const base = {
      name: "x",
      kpi: "volume",
      detector: "threshold",
      sensitivity: 3,
      minVolume: 0,
      regionManagers: true,
    };
    const onChannel = await h.call("POST", "/api/v1/analytics/alert-rules", {
      token: a.supervisor.token,
      body: { ...base, dimension: "channel" },
    });
    expect(onChannel.status).toBe(400);
    expect(JSON.stringify(onChannel.body)).toContain("regionManagers");
  });

  it("tells each region's manager about their own region only, in their own language", async () => {
    const shanghai = await a.post("/api/v1/customers", {
      name: "Shanghai customer",
      kind: "person",
      divisionCode: "310104",
    });
    const beijing = await a.post("/api/v1/customers", {
      name: "Beijing customer",
      kind: "person",
      divisionCode: "110105",
    });
    const rule = await h.call("POST", "/api/v1/analytics/alert-rules", {
      token: a.supervisor.token,
      body: {
        name: "地区工单量",
        nameEn: "Volume by region",
        kpi: "volume",
        dimension: "region",
        detector: "threshold",
        sensitivity: 3,
        minVolume: 0,
        regionManagers: true,
        severity: "critical",
      },
    });
    expect(rule.status).toBe(201);
    expect(rule.body).toMatchObject({ regionManagers: true, roles: [], nameEn: "Volume by region" });
    for (const customer of [shanghai, beijing])
      for (let i = 0; i < 3; i++)
        await a.post("/api/v1/tickets", {
          subject: `Call ${i}`,
          description: "Called in",
          type: "support",
          channel: "phone",
          customerId: customer.id,
        });
    await runSchedule(a.tenantId);

    const inbox = (await h.call("GET", "/api/v1/analytics/alerts", { token: a.supervisor.token })).body
      .items as any[];
    const mine = inbox.filter((x) => x.ruleId === rule.body.id);
    expect(mine.map((x) => x.key).sort()).toEqual(["11", "31"]);
    const sh = mine.find((x) => x.key === "31");
    // The subject and the rule in both languages: each reader picks theirs.
    expect(sh).toMatchObject({
      label: "上海市",
      labelEn: "Shanghai",
      ruleName: "地区工单量",
      ruleNameEn: "Volume by region",
    });

    // East's manager hears about Shanghai, North's about Beijing; the outlet lead under East (not a
    // region node) and the unattached supervisor (no role named) hear nothing.
    const eastNotes = await alertNotes(east.token);
    const northNotes = await alertNotes(north.token);
    expect(eastNotes.map((n) => n.data.key)).toEqual(["31"]);
    expect(northNotes.map((n) => n.data.key)).toEqual(["11"]);
    expect(await alertNotes(eastOutlet.token)).toEqual([]);
    expect(await alertNotes(a.supervisor.token)).toEqual([]);
    // The bell's notification carries both languages of subject and rule.
    expect(eastNotes[0].data).toMatchObject({
      dimension: "region",
      label: "上海市",
      labelEn: "Shanghai",
      rule: "地区工单量",
      ruleEn: "Volume by region",
    });

    // The mails: the zh-CN manager reads Chinese, the English one English.
    await runJobs();
    await runJobs();
    const toEast = smtp.received.filter((m) => JSON.stringify(m.to).includes(east.email));
    const toNorth = smtp.received.filter((m) => JSON.stringify(m.to).includes(north.email));
    expect(toEast).toHaveLength(1);
    expect(toNorth).toHaveLength(1);
    expect(toEast[0]?.subject).toContain("工单量：上海市");
    expect(toNorth[0]?.subject).toContain("Ticket volume: Beijing");

    // Another tenant's managers and supervisors get none of it.
    expect(await alertNotes(b.supervisor.token)).toEqual([]);
    expect(await alertNotes(otherEast.token)).toEqual([]);
  });
});
