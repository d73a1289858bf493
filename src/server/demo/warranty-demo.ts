import { and, eq } from "drizzle-orm";
import { products, todayIn, units, warrantyEndsAt } from "../modules/products/index.js";
import { inspectRma, openRma, transitionRma } from "../modules/rma/index.js";
import { createTicket } from "../modules/tickets/index.js";
import { recordUnitRepair } from "../modules/warranty/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { newId } from "../platform/ids.js";

// The demo products' 三包 categories (the engine's catalogue), by the demo's own product category.
const SANBAO_BY_CATEGORY: Record<string, { rule: string; category: string }> = {
  washer: { rule: "partial_goods_1995", category: "washer" },
  fridge: { rule: "partial_goods_1995", category: "refrigerator" },
  aircon: { rule: "partial_goods_1995", category: "air_conditioner" },
};

const need = (m: Map<string, Actor>, email: string): Actor => {
  const a = m.get(email);
  if (!a) throw new Error(`demo actor ${email} missing`);
  return a;
};

// Four 三包 stories, each a ticket with its RMA: a TV returned on day 3, a fridge repaired twice and
// then exchanged, a car in repair for a week (loaner from day 6), and a washer refused for misuse.
export async function seedWarrantyDemo(
  s: Services,
  tenantId: string,
  staff: Map<string, Actor>,
  customerIds: readonly string[],
): Promise<void> {
  const agent = need(staff, "agent@demo.local");
  const qa = need(staff, "qa@demo.local");
  const now = s.clock.now();
  const day = (offset: number) => todayIn("Asia/Shanghai", new Date(now.getTime() + offset * 86_400_000));
  for (const [category, sanbao] of Object.entries(SANBAO_BY_CATEGORY))
    await s.db
      .update(products)
      .set({ sanbaoRule: sanbao.rule, sanbaoCategory: sanbao.category })
      .where(and(eq(products.tenantId, tenantId), eq(products.category, category)));
  const product = async (
    sku: string,
    name: string,
    category: string,
    months: number,
    rule: string,
    cat: string,
  ) => {
    const [row] = await s.db
      .insert(products)
      .values({
        id: newId("prd"),
        tenantId,
        sku,
        name,
        category,
        warrantyMonths: months,
        skills: [],
        sanbaoRule: rule,
        sanbaoCategory: cat,
      })
      .returning();
    if (!row) throw new Error("demo product missing");
    return row;
  };
  const tv = await product("TV-55Q", "液晶电视 55Q", "tv", 12, "partial_goods_1995", "lcd_tv");
  const car = await product("EV-S1", "家用电动轿车 S1", "car", 36, "car_2021", "household_car");
  const [fridge] = await s.db
    .select()
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.category, "fridge")));
  const [washer] = await s.db
    .select()
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.category, "washer")));
  if (!fridge || !washer) throw new Error("demo fridge or washer missing");
  const unit = async (
    serial: string,
    p: typeof products.$inferSelect,
    customerId: string,
    boughtDaysAgo: number,
    extra: Partial<typeof units.$inferInsert> = {},
  ) => {
    const id = newId("unt");
    const purchasedAt = day(-boughtDaysAgo);
    await s.db.insert(units).values({
      id,
      tenantId,
      serial,
      productId: p.id,
      customerId,
      purchasedAt,
      warrantyEndsAt: warrantyEndsAt(purchasedAt, p.warrantyMonths),
      hasInvoice: true,
      hasVoucher: true,
      saleChannel: "offline",
      ...extra,
    });
    return { id, serial };
  };
  const [zhang, li, third, fourth] = customerIds;
  if (!zhang || !li || !third || !fourth) throw new Error("demo customers missing");
  const ticket = (
    customerId: string,
    serial: string,
    subject: string,
    description: string,
    type: "return" | "exchange" | "repair",
  ) =>
    createTicket(s, agent, { subject, description, type, customerId, unitSerial: serial, channel: "phone" });

  // 1. A TV bought three days ago goes dark: returned and refunded in full (部分商品三包规定 第九条).
  const tvUnit = await unit("TV55Q2026000301", tv, zhang, 3, { invoicePrice: "3999.00" });
  const t1 = await ticket(
    zhang,
    tvUnit.serial,
    "新买的电视黑屏",
    "买了三天的液晶电视开机后黑屏，有声音没图像，要求退货。",
    "return",
  );
  const r1 = await openRma(s, agent, t1.number, { kind: "return" });
  await transitionRma(s, agent, r1.id, { action: "receive" });
  await inspectRma(s, qa, r1.id, {
    result: "pass",
    faultCode: "BACKLIGHT",
    notes: "背光驱动板故障，外观完好，附件齐全。",
    checklist: [{ item: "screen", ok: false }],
  });
  await transitionRma(s, agent, r1.id, { action: "refund", amount: "3999.00" });
  await transitionRma(s, agent, r1.id, { action: "close" });

  // 2. A fridge repaired twice and still not cooling: exchanged (第十一条), a new period from today.
  const fridgeUnit = await unit("RF5002026000402", fridge, li, 150, { invoicePrice: "4599.00" });
  for (const [start, end, problem] of [
    [-100, -95, "不制冷，补充冷媒"],
    [-40, -33, "不制冷，更换温控器"],
  ] as const)
    await recordUnitRepair(
      s.db,
      tenantId,
      fridgeUnit.id,
      { start: day(start), end: day(end), problem, source: "demo" },
      now,
    );
  const t2 = await ticket(
    li,
    fridgeUnit.serial,
    "冰箱修了两次还是不制冷",
    "第三次出现冷藏室不制冷，要求换货。",
    // Reported as a fault; the exchange is the RMA's (the ticket type "exchange" is for new purchases).
    "repair",
  );
  const r2 = await openRma(s, agent, t2.number, { kind: "exchange" });
  await transitionRma(s, agent, r2.id, { action: "receive" });
  await inspectRma(s, qa, r2.id, { result: "pass", faultCode: "COMPRESSOR", notes: "压缩机启动异常。" });
  await transitionRma(s, agent, r2.id, {
    action: "ship",
    carrier: "顺丰",
    trackingNo: "SF1234567890",
    replacementSerial: "RF5002026000499",
  });

  // 3. A car in the workshop for seven days: free repair, and a loaner from day 6 (家用汽车 第二十一条).
  const carUnit = await unit("LVSHEV2026000503", car, third, 200, { deliveryDate: day(-200) });
  await recordUnitRepair(
    s.db,
    tenantId,
    carUnit.id,
    {
      start: day(-7),
      end: null,
      problem: "动力电池报警",
      waitingPartsDays: 4,
      delayCause: "producer_parts",
      source: "demo",
    },
    now,
  );
  const t3 = await ticket(
    third,
    carUnit.serial,
    "车辆维修超过5天，需要备用车",
    "车辆进店维修已一周，等待电池模组配件。",
    "repair",
  );
  const r3 = await openRma(s, agent, t3.number, { kind: "repair" });
  await transitionRma(s, agent, r3.id, { action: "receive" });

  // 4. A washer that took in water from a flood of the customer's own making: QA refuses 三包 for
  // misuse; it goes back unrepaired.
  const washerUnit = await unit("WMD1002026000604", washer, fourth, 60);
  const t4 = await ticket(
    fourth,
    washerUnit.serial,
    "洗衣机不能启动",
    "洗衣机无法开机，机身底部有水渍。",
    "repair",
  );
  const r4 = await openRma(s, agent, t4.number, { kind: "repair" });
  await transitionRma(s, agent, r4.id, { action: "receive" });
  await inspectRma(s, qa, r4.id, {
    result: "fail",
    faultCode: "MISUSE_WATER",
    notes: "电脑板进水腐蚀，属使用、保管不当，不属三包范围，可收费维修。",
  });
  await transitionRma(s, agent, r4.id, { action: "ship", carrier: "德邦", trackingNo: "DB9988776655" });
}
