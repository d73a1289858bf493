import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Churn, repeat purchase and referral rate on a hand-made tenant, in 2019–2020 so the world's own
// customers (units bought in the last few years) are outside every window. Tenant time zone: Shanghai.
const { h, worlds } = worldPerFile("ckpi-a", "ckpi-b");
const [a, b] = worlds;
const P = "from=2020-01-01&to=2020-03-31";
const kpi = async (id: string, query: string, token = a.supervisor.token, lang?: string) =>
  h.call("GET", `/api/v1/kpis/${id}?${query}`, { token, ...(lang ? { lang } : {}) });
const series = async (id: string, groupBy: string) => {
  const r = await kpi(id, `${P}&groupBy=${groupBy}`);
  expect(r.status).toBe(200);
  return Object.fromEntries((r.body.series as { key: string; value: number }[]).map((p) => [p.key, p.value]));
};

type W = typeof a;
let seq = 0;
const customer = (w: W, name: string, tier: string, divisionCode?: string) =>
  w.post("/api/v1/customers", {
    name,
    kind: "person",
    email: `${name.toLowerCase()}.${w.tenantId}@example.com`,
    tier,
    ...(divisionCode ? { divisionCode } : {}),
  });
const unit = (w: W, customerId: string, purchasedAt: string) =>
  w.post("/api/v1/units", { serial: `SN-CK-${++seq}`, productSku: w.washer.sku, customerId, purchasedAt });
const ticket = async (w: W, customerId: string, at: string) => {
  const t = await w.post(
    "/api/v1/tickets",
    { subject: "Noise", description: "It rattles", type: "repair", customerId },
    w.agent.token,
  );
  await h.services.db.execute(sql`update tickets set created_at = ${at}::timestamptz where id = ${t.id}`);
};
const loyaltyPurchase = (w: W, customerId: string, at: string) =>
  h.services.db.execute(sql`insert into loyalty_entries (id, tenant_id, customer_id, reason, points, amount, created_at)
    values (${`le_ck_${++seq}`}, ${w.tenantId}, ${customerId}, 'purchase', 10, '100', ${at}::timestamptz)`);
const member = (w: W, customerId: string, referredBy: string | null, rewardedAt: string | null) =>
  h.services.db.execute(sql`insert into loyalty_members (tenant_id, customer_id, referral_code, referred_by, referral_rewarded_at)
    values (${w.tenantId}, ${customerId}, ${`RC${++seq}`}, ${referredBy}, ${rewardedAt}::timestamptz)`);

beforeAll(async () => {
  const c1 = await customer(a, "C1", "gold", "310104");
  const c2 = await customer(a, "C2", "standard", "440305");
  const c3 = await customer(a, "C3", "standard", "310115");
  const c4 = await customer(a, "C4", "vip", "310104");
  const c5 = await customer(a, "C5", "standard");
  const c6 = await customer(a, "C6", "gold");
  // C1 bought in June 2019 and never came back: churned.
  await unit(a, c1.id, "2019-06-10");
  // C2: a ticket in May 2019, another in February and April 2020; referred C6 (rewarded in February).
  await ticket(a, c2.id, "2019-05-01T10:00:00+08:00");
  await ticket(a, c2.id, "2020-02-15T10:00:00+08:00");
  await ticket(a, c2.id, "2020-04-10T10:00:00+08:00");
  // C3: a loyalty purchase on New Year's Eve 2019 at 20:00 Shanghai (12:00 UTC), a unit in January.
  await loyaltyPurchase(a, c3.id, "2019-12-31T12:00:00Z");
  await unit(a, c3.id, "2020-01-20");
  // C4: last active in 2018, outside every 12-month window. C3 referred C4, rewarded after the period.
  await unit(a, c4.id, "2018-11-01");
  // C5: bought twice in March on two days; claimed C1 as referrer, never rewarded.
  await unit(a, c5.id, "2020-03-05");
  await loyaltyPurchase(a, c5.id, "2020-03-20T03:00:00Z");
  // C6: a unit and a loyalty purchase on the same day: one purchase day, not a repeat.
  await unit(a, c6.id, "2020-02-16");
  await loyaltyPurchase(a, c6.id, "2020-02-16T05:00:00Z");
  await member(a, c2.id, null, null);
  await member(a, c3.id, null, null);
  await member(a, c1.id, null, null);
  await member(a, c6.id, c2.id, "2020-02-16T06:00:00Z");
  await member(a, c4.id, c3.id, "2020-05-01T06:00:00Z");
  await member(a, c5.id, c1.id, null);
  // Tenant B: a customer who bought in 2019 and left, and one who referred in February.
  const x = await customer(b, "X1", "standard", "310104");
  const y = await customer(b, "Y1", "standard", "310104");
  await unit(b, x.id, "2019-06-10");
  await ticket(b, y.id, "2020-02-01T10:00:00+08:00");
  await member(b, y.id, null, null);
  await member(b, x.id, y.id, "2020-02-02T06:00:00Z");
});

describe("customer KPIs by hand", () => {
  it("churn: of C1, C2, C3 (active in 2019), only C1 shows no activity since; by month, tier and region", async () => {
    const r = await kpi("churn_rate", P);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ kpi: "churn_rate", unit: "ratio", value: 1 / 3 });
    // February: C3's last day was 20 January. March: C6 (16 Feb) joins the base and is gone too; C2 came back in April.
    expect(await series("churn_rate", "month")).toEqual({
      "2020-01": 1 / 3,
      "2020-02": 2 / 3,
      "2020-03": 3 / 4,
    });
    expect(await series("churn_rate", "tier")).toEqual({ gold: 1, standard: 0 });
    expect(await series("churn_rate", "region")).toEqual({ "31": 0.5, "44": 0 });
  });

  it("repeat purchase: C3 (bought on New Year's Eve) and C5 (two days in March) of C3, C5, C6", async () => {
    expect((await kpi("repeat_purchase_rate", P)).body.value).toBe(2 / 3);
    expect(await series("repeat_purchase_rate", "month")).toEqual({
      "2020-01": 1,
      "2020-02": 0,
      "2020-03": 1,
    });
    expect(await series("repeat_purchase_rate", "tier")).toEqual({ gold: 0, standard: 1 });
  });

  it("referral: C2 of C2, C3, C5, C6; a referral rewarded after the period or never does not count", async () => {
    expect((await kpi("referral_rate", P)).body.value).toBe(1 / 4);
    expect(await series("referral_rate", "month")).toEqual({ "2020-01": 0, "2020-02": 0.5, "2020-03": 0 });
    expect(await series("referral_rate", "tier")).toEqual({ gold: 0, standard: 1 / 3 });
  });

  it("never counts another tenant's customers", async () => {
    expect((await kpi("churn_rate", P, b.supervisor.token)).body.value).toBe(1);
    expect((await kpi("referral_rate", P, b.supervisor.token)).body.value).toBe(1);
    expect((await kpi("repeat_purchase_rate", P, b.supervisor.token)).body.value).toBeNull();
  });

  it("refuses a dimension the KPI does not have, in the caller's language", async () => {
    const day = await kpi("churn_rate", `${P}&groupBy=day`, a.supervisor.token, "zh-CN");
    expect(day.status).toBe(400);
    expect(day.body.error.message).toContain("不支持按 day 分组");
    const agent = await kpi("referral_rate", `${P}&groupBy=agent`);
    expect(agent.status).toBe(400);
    expect(agent.body.error.message).toContain("month, tier, region");
    expect((await kpi("churn_rate", P, a.agent.token)).status).toBe(403);
  });
});

describe("catalogue, targets and dashboard", () => {
  it("lists the three with the seed's churn target, takes a tenant target and shows them as cards", async () => {
    const cat = await h.call("GET", "/api/v1/kpis", { token: a.supervisor.token });
    const churn = cat.body.items.find((k: { id: string }) => k.id === "churn_rate");
    expect(churn).toMatchObject({
      unit: "ratio",
      direction: "lower",
      defaultTarget: 0.03,
      scope: "customers",
    });
    expect(churn.name.zh).toBe("客户流失率");
    expect(cat.body.items.find((k: { id: string }) => k.id === "volume").scope).toBe("tickets");
    const set = await h.call("PUT", "/api/v1/kpis/repeat_purchase_rate/target", {
      token: a.supervisor.token,
      body: { target: 0.5 },
    });
    expect(set.status).toBe(200);
    const dash = await h.call("GET", `/api/v1/analytics/dashboard?${P}&groupBy=month`, {
      token: a.supervisor.token,
    });
    expect(dash.status).toBe(200);
    const card = (id: string) => dash.body.kpis.find((k: { kpi: string }) => k.kpi === id);
    expect(card("churn_rate")).toMatchObject({ value: 1 / 3, target: 0.03, status: "missed" });
    expect(card("churn_rate").series).toHaveLength(3);
    expect(card("repeat_purchase_rate")).toMatchObject({ value: 2 / 3, target: 0.5, status: "met" });
    expect(card("referral_rate")).toMatchObject({ value: 0.25, target: null, status: null });
  });
});
