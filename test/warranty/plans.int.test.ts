import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;

// The tenant's calendar date (buildWorld tenants live in Asia/Shanghai), `days` from today.
const tenantDay = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(h.clock.now().getTime() + days * 86_400_000));
const tag = Math.random().toString(36).slice(2, 7);
// A TV inside its legal year, one long out of it, a fridge the TV plan does not cover.
const serial = { recent: `TV-R-${tag}`, old: `TV-O-${tag}`, fridge: `FR-${tag}` };
const plan = {
  name: { zh: "电视延保两年", en: "TV extended warranty, 2 years" },
  months: 24,
  price: "299.00",
  terms: "Free repair of quality faults for 24 months after the legal period.",
  categories: ["lcd_tv"],
};
let planId: string;

const evaluate = (unitSerial: string, requestDate: string) =>
  h.call("POST", "/api/v1/warranty/evaluate", {
    token: w.agent.token,
    body: { unitSerial, requestDate, fault: { kind: "performance_fault", cause: "quality" } },
  });
const sell = (s: string, id: string, token = w.agent.token) =>
  h.call("POST", `/api/v1/units/${s}/plans`, { token, body: { planId: id } });

beforeAll(async () => {
  const product = (sku: string, category: string) =>
    w.post("/api/v1/products", {
      sku,
      name: sku,
      warrantyMonths: 12,
      sanbaoRule: "partial_goods_1995",
      sanbaoCategory: category,
    });
  await product(`TV-${tag}`, "lcd_tv");
  await product(`FR-${tag}`, "refrigerator");
  const unit = (s: string, sku: string, purchasedAt: string) =>
    w.post("/api/v1/units", {
      serial: s,
      productSku: sku,
      customerId: w.alice.id,
      purchasedAt,
      saleChannel: "offline",
      evidence: { invoice: true, voucher: true },
    });
  await unit(serial.recent, `TV-${tag}`, tenantDay(-300));
  await unit(serial.old, `TV-${tag}`, tenantDay(-800));
  await unit(serial.fridge, `FR-${tag}`, tenantDay(-300));
});

describe("extended warranty plans", () => {
  it("lets an admin define a plan, refuses unknown categories by field, and only admins may", async () => {
    const created = await h.call("POST", "/api/v1/warranty/plans", { token: w.admin.token, body: plan });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...plan, active: true });
    planId = created.body.id;
    const byAgent = await h.call("POST", "/api/v1/warranty/plans", { token: w.agent.token, body: plan });
    expect(byAgent.status).toBe(403);
    const bad = await h.call("POST", "/api/v1/warranty/plans", {
      token: w.admin.token,
      body: { ...plan, categories: ["lcd_tv", "flying_carpet"] },
      lang: "zh-CN",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ path: "categories.1", message: "没有这个三包品类。" }),
    ]);
    const list = await h.call("GET", "/api/v1/warranty/plans", { token: w.agent.token });
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(planId);
  });

  it("sells a plan whose cover starts after the legal period, and the engine honours it", async () => {
    const before = await evaluate(serial.recent, tenantDay(200));
    expect(before.body.exclusion).not.toBeNull();
    const sold = await sell(serial.recent, planId);
    expect(sold.status).toBe(201);
    const legalEnd = before.body.period.wholeUnitEndsAt as string;
    expect(sold.body.startsAt > legalEnd).toBe(true);
    expect(sold.body).toMatchObject({ price: "299.00", name: plan.name });

    // Past the legal year, inside the plan: free repair with the plan as its basis.
    const covered = await evaluate(serial.recent, tenantDay(200));
    expect(covered.status).toBe(200);
    expect(covered.body.exclusion).toBeNull();
    expect(covered.body.period.planEndsAt).toBe(sold.body.endsAt);
    expect(covered.body.remedies).toEqual([
      expect.objectContaining({
        remedy: "repair",
        free: true,
        ref: expect.objectContaining({ instrument: "extended_plan" }),
      }),
    ]);
    // After the plan: paid repair only.
    const expired = await evaluate(serial.recent, tenantDay(300 + 365 * 3 + 30));
    expect(expired.body.exclusion).not.toBeNull();
    expect(expired.body.remedies.map((r: { remedy: string; free: boolean }) => [r.remedy, r.free])).toEqual([
      ["paid_repair", false],
    ]);

    const view = await h.call("GET", `/api/v1/units/${serial.recent}/warranty`, { token: w.agent.token });
    expect(view.body.plans).toEqual([expect.objectContaining({ planId, endsAt: sold.body.endsAt })]);
    const audit = await h.call("GET", "/api/v1/audit?limit=20", { token: w.admin.token });
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        action: "warranty.plan_sold",
        data: expect.objectContaining({ serial: serial.recent }),
      }),
    );
  });

  it("lets an RMA open as free repair for a unit out of its legal period but inside its plan", async () => {
    const ticket = await w.post("/api/v1/tickets", {
      subject: "No picture",
      description: "Old TV failed",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial.old,
    });
    const refused = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("rma.not_entitled");
    // Sold after the legal period: the cover starts today.
    const sold = await sell(serial.old, planId);
    expect(sold.body.startsAt).toBe(tenantDay(1));
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.entitled).toBe(true);
  });

  it("refuses a plan for a category it does not cover, an unknown plan, and a customer seller", async () => {
    const wrong = await h.call("POST", `/api/v1/units/${serial.fridge}/plans`, {
      token: w.agent.token,
      body: { planId },
      lang: "en",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: "warranty.plan_not_applicable" });
    expect(wrong.body.error.message).toContain("refrigerator");
    expect((await sell(serial.fridge, "wpl_nope")).status).toBe(404);
    expect((await sell(serial.recent, planId, w.aliceUser.token)).status).toBe(403);
  });

  it("stops selling a plan an admin withdrew; units sold keep their cover", async () => {
    const put = await h.call("PUT", `/api/v1/warranty/plans/${planId}`, {
      token: w.admin.token,
      body: { ...plan, active: false },
    });
    expect(put.status).toBe(200);
    expect(put.body.active).toBe(false);
    const refused = await sell(serial.recent, planId);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("warranty.plan_inactive");
    const covered = await evaluate(serial.recent, tenantDay(200));
    expect(covered.body.exclusion).toBeNull();
  });
});
