import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { bookedVisit as bookedRepairVisit, expectCall, SIGNATURE } from "../field/hq-technician.js";
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
const ok = expectCall(h);
const bookedVisit = () => bookedRepairVisit(h, w);

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
