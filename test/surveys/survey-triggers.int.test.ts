import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("st");
const [w] = worlds;
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  process.env.AFTERCARE_PUBLIC_URL = "https://help.example.com";
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@triggers.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => {
  delete process.env.AFTERCARE_PUBLIC_URL;
  await smtp?.close();
});

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};
let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;
const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

// A repair visit for Alice's ticket, booked with a technician who can take it.
async function bookedVisit() {
  const admin = w.admin.token;
  const node = await ok(
    "POST",
    "/api/v1/network/nodes",
    admin,
    { code: code("N"), name: "徐汇网点", level: "hq" },
    201,
  );
  const email = `tech.${code("u")}@test.local`;
  const tech = await ok(
    "POST",
    "/api/v1/users",
    admin,
    { email, name: "技术员", role: "technician", password: "secret-password" },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${tech.id}`, admin, {
    nodeId: node.id,
    skills: ["washer"],
    workDays: [1, 2, 3, 4, 5, 6, 7],
    shiftStart: "09:00",
    shiftEnd: "17:00",
  });
  const ticket = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机不排水", description: "需要上门维修", type: "repair", customerId: w.alice.id },
    201,
  );
  const visit = await ok(
    "POST",
    `/api/v1/tickets/${ticket.number}/visits`,
    admin,
    { kind: "repair", nodeId: node.id, address: "上海市徐汇区", requiredSkills: ["washer"] },
    201,
  );
  const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.agent.token)).items;
  await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.agent.token, { start: slot.start });
  return { ticket, visit, tech: await h.login(email) };
}

describe("a survey sent when a field visit is completed", () => {
  it("mails the customer once the visit is done, not before, and once per visit", async () => {
    const survey = await ok(
      "POST",
      "/api/v1/surveys",
      w.admin.token,
      {
        name: "上门满意度",
        trigger: "visit_done",
        questions: [{ id: "csat", kind: "csat", text: "满意吗？" }],
      },
      201,
    );
    const { ticket, visit, tech } = await bookedVisit();
    const mails = () =>
      smtp.received.filter((m) => m.subject?.includes(ticket.number) && /\/survey\//.test(m.text ?? ""));
    await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, { action: "check_in" });
    await runJobs();
    expect(mails()).toHaveLength(0);
    await ok("POST", `/api/v1/visits/${visit.id}/signature`, tech, { image: SIGNATURE, signedBy: "王女士" });
    const out = await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, { action: "check_out" });
    expect(out.status).toBe("done");
    await runJobs();
    await runJobs();
    expect(mails()).toHaveLength(1);
    const results = await ok("GET", `/api/v1/surveys/${survey.id}/results`, w.supervisor.token);
    expect(results).toMatchObject({ invitations: 1 });
  });
});

describe("a survey sent when an RMA is closed", () => {
  it("mails the customer once when a real RMA closes, not at its earlier steps, and never again", async () => {
    const tag = code("rma");
    const product = await ok(
      "POST",
      "/api/v1/products",
      w.admin.token,
      {
        sku: `TV-${tag}`,
        name: "55 英寸电视",
        warrantyMonths: 12,
        sanbaoRule: "partial_goods_1995",
        sanbaoCategory: "lcd_tv",
      },
      201,
    );
    const purchasedAt = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
      new Date(h.clock.now().getTime() - 5 * 86_400_000),
    );
    await ok(
      "POST",
      "/api/v1/units",
      w.admin.token,
      {
        serial: `SN-${tag}`,
        productSku: product.sku,
        customerId: w.alice.id,
        purchasedAt,
        saleChannel: "offline",
        invoicePrice: "3999.00",
        evidence: { invoice: true, voucher: true },
      },
      201,
    );
    const survey = await ok(
      "POST",
      "/api/v1/surveys",
      w.admin.token,
      {
        name: "退换货满意度",
        trigger: "rma_closed",
        // No cap: the visit survey above already asked Alice today.
        capDays: 0,
        questions: [{ id: "nps", kind: "nps", text: "您愿意推荐我们吗？" }],
      },
      201,
    );
    const ticket = await ok(
      "POST",
      "/api/v1/tickets",
      w.agent.token,
      {
        subject: "屏幕不亮",
        description: "买了五天就黑屏",
        type: "exchange",
        customerId: w.alice.id,
        unitSerial: `SN-${tag}`,
      },
      201,
    );
    const rma = await ok(
      "POST",
      `/api/v1/tickets/${ticket.number}/rma`,
      w.agent.token,
      { kind: "return" },
      201,
    );
    const mails = () =>
      smtp.received.filter((m) => m.subject?.includes(ticket.number) && /\/survey\//.test(m.text ?? ""));
    const act = (body: unknown) => ok("POST", `/api/v1/rmas/${rma.id}/transitions`, w.agent.token, body);
    await act({ action: "receive" });
    await ok("POST", `/api/v1/rmas/${rma.id}/inspection`, w.qa.token, { result: "pass" });
    await act({ action: "refund", amount: "3999.00" });
    await runJobs();
    expect(mails()).toHaveLength(0);
    expect((await act({ action: "close" })).status).toBe("closed");
    await runJobs();
    await runJobs();
    expect(mails()).toHaveLength(1);
    expect(JSON.stringify(mails()[0]?.to)).toContain(w.alice.email);
    const results = await ok("GET", `/api/v1/surveys/${survey.id}/results`, w.supervisor.token);
    expect(results).toMatchObject({ invitations: 1 });
    // A second pass of the job queue (a restarted worker) sends nothing more.
    await runJobs();
    expect(mails()).toHaveLength(1);
  });
});
