import { seedAlertsDemo } from "../modules/analytics/index.js";
import { products, todayIn, units, warrantyEndsAt } from "../modules/products/index.js";
import { createTicket } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { newId } from "../platform/ids.js";

// Product quality: an air purifier whose five production batches (serials AP300-2026-B1001 …,
// a batch is the serial without its last three digits) were all sold eight months ago; batch B3's
// fan fails seven times, the others once each, so the batch view flags B3 and the batch early
// warning rule alerts quality staff. Then the demo's alert rules.
export async function seedQualityDemo(
  s: Services,
  tenantId: string,
  agent: Actor,
  customerIds: readonly string[],
): Promise<void> {
  const now = s.clock.now();
  const purchasedAt = todayIn("Asia/Shanghai", new Date(now.getTime() - 240 * 86_400_000));
  const productId = newId("prd");
  await s.db.insert(products).values({
    id: productId,
    tenantId,
    sku: "AP-300",
    name: "空气净化器 AP-300",
    nameEn: "Air purifier AP-300",
    category: "purifier",
    warrantyMonths: 24,
    skills: [],
  });
  const rows: (typeof units.$inferInsert)[] = [];
  for (let batch = 1; batch <= 5; batch++)
    for (let u = 1; u <= 16; u++)
      rows.push({
        id: newId("unt"),
        tenantId,
        serial: `AP300-2026-B${batch}${String(u).padStart(3, "0")}`,
        productId,
        customerId: customerIds[(batch * 16 + u) % customerIds.length] as string,
        purchasedAt,
        warrantyEndsAt: warrantyEndsAt(purchasedAt, 24),
      });
  await s.db.insert(units).values(rows);
  const failing = [
    ...rows.filter((r) => r.serial.startsWith("AP300-2026-B3")).slice(0, 7),
    ...[1, 2, 4, 5].map((b) => rows.find((r) => r.serial.startsWith(`AP300-2026-B${b}`))),
  ];
  for (const unit of failing)
    if (unit)
      await createTicket(s, agent, {
        subject: `净化器风机停转 ${unit.serial}`,
        description: "开机几分钟后风机停止转动，指示灯闪烁。",
        type: "repair",
        customerId: unit.customerId,
        unitSerial: unit.serial,
        channel: "phone",
        tags: ["风机故障"],
      });
  await seedAlertsDemo(s.db, tenantId, now);
}
