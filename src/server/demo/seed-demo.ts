import { count } from "drizzle-orm";
import type { Role } from "../../shared/roles.js";
import { markAllCustomers, seedScorecardsDemo } from "../modules/analytics/index.js";
import { hashPassword, users } from "../modules/auth/index.js";
import { seedWechatDemo } from "../modules/chat/index.js";
import { insertCustomer } from "../modules/customers/index.js";
import { seedImprovementDemo } from "../modules/improvement/index.js";
import { seedKnowledgeDemo } from "../modules/knowledge/index.js";
import { products, units, warrantyEndsAt } from "../modules/products/index.js";
import { insertOutlet, tenants } from "../modules/tenancy/index.js";
import { seedTrainingDemo } from "../modules/training/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { newId } from "../platform/ids.js";
import { seedAnalyticsDemo } from "./analytics-demo.js";
import { seedBoardDemo } from "./board-demo.js";
import { bootstrapTenant } from "./bootstrap.js";
import { seedVoiceOfCustomerDemo } from "./callbacks-demo.js";
import { seedChannelsDemo } from "./channels-demo.js";
import { seedComplaintsDemo } from "./complaints-demo.js";
import {
  DEMO_OUTLETS,
  DEMO_PASSWORD,
  DEMO_PRODUCTS,
  DEMO_STAFF,
  demoCustomers,
  seededRandom,
} from "./demo-data.js";
import { seedDispatchDemo } from "./dispatch-demo.js";
import { seedFieldDemo } from "./field-demo.js";
import { seedLoyaltyDemo } from "./loyalty-demo.js";
import { seedPartsDemandDemo } from "./parts-demand-demo.js";
import { seedPartsDemo } from "./parts-demo.js";
import { seedPartsLogisticsDemo } from "./parts-logistics-demo.js";
import { DEMO_PRODUCT_NAMES_EN } from "./product-names-en.js";
import { seedQualityDemo } from "./quality-demo.js";
import { seedSecurityDemo } from "./security-demo.js";
import { seedRoutingDemo } from "./seed-routing.js";
import { seedSkillsDemo } from "./skills-demo.js";
import { catchUpSlaTimers, seedSlaDemo } from "./sla-demo.js";
import { seedSurveysDemo } from "./surveys-demo.js";
import { type DemoCast, playAtRiskStories, playTicketStories } from "./ticket-stories.js";
import { seedWarrantyDemo } from "./warranty-demo.js";

export async function databaseIsEmpty(s: Services): Promise<boolean> {
  const [row] = await s.db.select({ n: count() }).from(tenants);
  return (row?.n ?? 0) === 0;
}

type MutableClock = { now(): Date; set(d: Date): void };

function mutableClock(start: Date): MutableClock {
  let t = start;
  return { now: () => t, set: (d) => (t = d) };
}

const actorOf = (
  u: { id: string; name: string; role: Role; customerId?: string | null; outletId?: string | null },
  tenantId: string,
): Actor => ({
  userId: u.id,
  tenantId,
  role: u.role,
  name: u.name,
  customerId: u.customerId ?? null,
  outletId: u.outletId ?? null,
  locale: null,
  credentialId: "seed",
});

// The demo tenant of API.md: staff of every role, customers of every tier, products and units in and
// out of warranty, and a few hundred tickets in every status, each with a real history.
export async function seedDemo(base: Services, opts: { tickets?: number } = {}): Promise<void> {
  const realNow = base.clock.now();
  const clock = mutableClock(realNow);
  const s: Services = { ...base, clock };
  const rand = seededRandom(20261123);
  const { tenantId, adminId } = await bootstrapTenant(s.db, {
    name: "演示家电服务有限公司 Demo Appliances",
    slug: "demo",
    timezone: "Asia/Shanghai",
    defaultLocale: "zh-CN",
    adminEmail: DEMO_STAFF[0].email,
    adminName: DEMO_STAFF[0].name,
    adminPassword: DEMO_PASSWORD,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const outletIds = new Map<string, string>();
  for (const o of DEMO_OUTLETS) {
    const id = newId("out");
    outletIds.set(o.key, id);
    await insertOutlet(s.db, { id, tenantId, name: o.name, region: o.region });
  }
  const staff = new Map<string, Actor>([
    [DEMO_STAFF[0].email, actorOf({ id: adminId, name: DEMO_STAFF[0].name, role: "admin" }, tenantId)],
  ]);
  for (const u of DEMO_STAFF.slice(1)) {
    const id = newId("usr");
    await s.db.insert(users).values({
      id,
      tenantId,
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash,
      skills: [...u.skills],
      maxOpenTickets: 20,
    });
    staff.set(u.email, actorOf({ id, name: u.name, role: u.role }, tenantId));
  }
  const customerList = demoCustomers(rand, 60);
  const customers: DemoCast["customers"] = [];
  for (const c of customerList) {
    const id = newId("cus");
    const outletId = c.outlet ? (outletIds.get(c.outlet) ?? null) : null;
    await insertCustomer(s.db, {
      id,
      tenantId,
      name: c.name,
      kind: c.kind,
      email: c.email,
      phone: c.phone,
      tier: c.tier,
      outletId,
      createdAt: new Date(realNow.getTime() - 400 * 86_400_000),
    });
    customers.push({ id, name: c.name, outletId, units: [] });
  }
  const [zhang, li] = customers;
  if (!zhang || !li) throw new Error("demo customers missing");
  for (const [email, c] of [
    ["customer@demo.local", zhang],
    ["customer2@demo.local", li],
  ] as const) {
    const id = newId("usr");
    await s.db
      .insert(users)
      .values({ id, tenantId, email, name: c.name, role: "customer", passwordHash, customerId: c.id });
    staff.set(email, actorOf({ id, name: c.name, role: "customer", customerId: c.id }, tenantId));
  }
  const dealerId = newId("usr");
  const xuhui = outletIds.get("xuhui") ?? null;
  await s.db.insert(users).values({
    id: dealerId,
    tenantId,
    email: "dealer@demo.local",
    name: "上海徐汇专卖店 · 钱经理",
    role: "dealer",
    passwordHash,
    outletId: xuhui,
  });
  staff.set(
    "dealer@demo.local",
    actorOf({ id: dealerId, name: "钱经理", role: "dealer", outletId: xuhui }, tenantId),
  );

  const productRows: (typeof products.$inferSelect)[] = [];
  for (const p of DEMO_PRODUCTS) {
    const [row] = await s.db
      .insert(products)
      .values({
        id: newId("prd"),
        tenantId,
        sku: p.sku,
        name: p.name,
        nameEn: DEMO_PRODUCT_NAMES_EN[p.sku] ?? null,
        category: p.category,
        warrantyMonths: p.warrantyMonths,
        skills: [...p.skills],
      })
      .returning();
    if (row) productRows.push(row);
  }
  let serialNo = 1000;
  const insertUnit = async (customerId: string, product: typeof products.$inferSelect, purchased: string) => {
    const serial = `${product.sku.split("-")[0]}${purchased.slice(0, 4)}${String(serialNo++).padStart(6, "0")}`;
    await s.db.insert(units).values({
      id: newId("unt"),
      tenantId,
      serial,
      productId: product.id,
      customerId,
      purchasedAt: purchased,
      warrantyEndsAt: warrantyEndsAt(purchased, product.warrantyMonths),
    });
    return serial;
  };
  for (const [i, c] of customers.entries()) {
    const unitCount = i < 2 ? 3 : 1 + Math.floor(rand() * 2);
    for (let k = 0; k < unitCount; k++) {
      const product = productRows[(i + k * 3) % productRows.length];
      if (!product) continue;
      // Purchases spread over the last five years: some units in warranty, some long out of it.
      const purchased = new Date(realNow.getTime() - Math.floor(rand() * 5 * 365 + 20) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const serial = await insertUnit(c.id, product, purchased);
      c.units.push({ serial, category: product.category ?? "washer" });
    }
  }
  const buyUnit = async (customerId: string, category: string, purchasedAt: string) => {
    const product = productRows.find((p) => p.category === category) ?? productRows[0];
    if (!product) throw new Error("demo products missing");
    return insertUnit(customerId, product, purchasedAt);
  };
  const cast: DemoCast = { staff, customers, dealerOutletId: xuhui, buyUnit };
  // Policies before the stories, dated before the oldest ticket, so every story ticket is measured
  // as it happens (created, answered, paused, resolved); then the timers due during the stories
  // fire at their own times, leaving clocks in every state: running, paused, met, at risk, breached.
  await seedSlaDemo(s, tenantId, new Date(realNow.getTime() - 200 * 86_400_000));
  await playTicketStories(s, clock, cast, rand, opts.tickets ?? 320, realNow);
  await playAtRiskStories(s, clock, cast, realNow);
  await catchUpSlaTimers(s, clock, realNow);
  clock.set(realNow);
  await seedRoutingDemo(s, staff);
  await seedChannelsDemo(s, tenantId);
  await seedWechatDemo(s, tenantId, li.id);
  await seedWarrantyDemo(
    s,
    tenantId,
    staff,
    customers.map((c) => c.id),
  );
  await seedSecurityDemo(s, tenantId, passwordHash);
  await seedKnowledgeDemo(s, staff.get(DEMO_STAFF[0].email) as Actor);
  await seedPartsDemo(s, staff);
  await seedPartsLogisticsDemo(s, staff);
  await seedPartsDemandDemo(s, tenantId);
  await seedFieldDemo(s, staff, passwordHash);
  await seedDispatchDemo(s, staff);
  await seedSkillsDemo(s, tenantId);
  await seedSurveysDemo(
    s,
    staff,
    customers.map((c) => c.id),
  );
  await seedComplaintsDemo(
    s,
    staff,
    customers.map((c) => c.id),
    passwordHash,
  );
  await seedVoiceOfCustomerDemo(s, staff);
  await seedLoyaltyDemo(
    s,
    staff,
    customers.map((c) => c.id),
  );
  await seedTrainingDemo(s, staff);
  await seedImprovementDemo(
    s,
    staff.get("manager@demo.local") as Actor,
    staff.get("agent@demo.local") as Actor,
  );
  await seedAnalyticsDemo(s, tenantId);
  await seedQualityDemo(
    s,
    tenantId,
    staff.get("agent@demo.local") as Actor,
    customers.map((c) => c.id),
  );
  // Last: the callbacks story resolves tickets, so the board's over-capacity agent is set up once
  // every other story has taken or resolved what it will.
  await seedBoardDemo(s, staff);
  await seedScorecardsDemo(s, staff.get("manager@demo.local") as Actor);
  // The seed writes units and loyalty rows directly: the customer KPIs' summary takes every customer in.
  await markAllCustomers(s.db, (staff.get("manager@demo.local") as Actor).tenantId);
}
