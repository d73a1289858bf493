import { and, asc, eq } from "drizzle-orm";
import {
  createPart,
  createSite,
  receiveStock,
  reserveStock,
  updateReorderPoint,
} from "../modules/parts/index.js";
import { ticketsView } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// A dozen common appliance parts (zh/en), a central warehouse, an outlet store and the
// technician's two vans, some stock, reorder points, and one repair waiting for a part.
const PARTS = [
  { partNo: "P-WM-PUMP", name: "排水泵", nameEn: "Drain pump", price: 86, skus: ["WM-D100", "WM-T80"] },
  { partNo: "P-WM-BELT", name: "洗衣机皮带", nameEn: "Washer drive belt", price: 25, skus: ["WM-D100"] },
  { partNo: "P-WM-DOOR", name: "门封圈", nameEn: "Door gasket", price: 68, skus: ["WM-D100"] },
  {
    partNo: "P-WM-PCB",
    name: "洗衣机主控板",
    nameEn: "Washer main board",
    price: 320,
    skus: ["WM-D100", "WM-T80"],
  },
  { partNo: "P-RF-THERM", name: "冰箱温控器", nameEn: "Fridge thermostat", price: 45, skus: ["RF-500"] },
  { partNo: "P-RF-FAN", name: "冷凝风扇电机", nameEn: "Condenser fan motor", price: 110, skus: ["RF-500"] },
  { partNo: "P-RF-COMP", name: "压缩机", nameEn: "Compressor", price: 780, skus: ["RF-500"] },
  { partNo: "P-AC-CAP", name: "启动电容", nameEn: "Start capacitor", price: 18, skus: ["AC-9K"] },
  { partNo: "P-AC-REMOTE", name: "空调遥控器", nameEn: "AC remote control", price: 35, skus: ["AC-9K"] },
  {
    partNo: "P-AC-SENSOR",
    name: "室温传感器",
    nameEn: "Room temperature sensor",
    price: 22,
    skus: ["AC-9K"],
  },
  { partNo: "P-WH-ANODE", name: "镁棒", nameEn: "Magnesium anode rod", price: 40, skus: ["WH-60"] },
  { partNo: "P-DW-SPRAY", name: "喷淋臂", nameEn: "Spray arm", price: 58, skus: ["DW-12"] },
];

const STOCK: [partNo: string, site: string, qty: number][] = [
  ["P-WM-PUMP", "WH-SH", 12],
  ["P-WM-BELT", "WH-SH", 30],
  ["P-WM-DOOR", "WH-SH", 6],
  ["P-WM-PCB", "WH-SH", 2],
  ["P-RF-THERM", "WH-SH", 15],
  ["P-RF-FAN", "WH-SH", 4],
  ["P-AC-CAP", "WH-SH", 40],
  ["P-AC-REMOTE", "WH-SH", 9],
  ["P-AC-SENSOR", "WH-SH", 3],
  ["P-WH-ANODE", "WH-SH", 20],
  ["P-DW-SPRAY", "WH-SH", 5],
  ["P-WM-PUMP", "VAN-01", 2],
  ["P-AC-CAP", "VAN-01", 6],
  ["P-RF-THERM", "VAN-02", 2],
  ["P-WM-BELT", "SHOP-XH", 4],
];

export async function seedPartsDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const admin = staff.get("admin@demo.local");
  const tech = staff.get("tech@demo.local");
  const agent = staff.get("agent@demo.local");
  if (!admin || !tech || !agent) throw new Error("demo staff missing");
  for (const p of PARTS)
    await createPart(s, admin, {
      partNo: p.partNo,
      name: p.name,
      nameEn: p.nameEn,
      price: p.price,
      compatibleSkus: p.skus,
      substitutes: [],
    });
  await createSite(s, admin, {
    code: "WH-SH",
    name: "上海中心仓 Shanghai central warehouse",
    kind: "warehouse",
  });
  await createSite(s, admin, { code: "SHOP-XH", name: "徐汇门店 Xuhui store", kind: "outlet" });
  await createSite(s, admin, {
    code: "VAN-01",
    name: "服务车 沪A·01 Van 01",
    kind: "van",
    ownerId: tech.userId,
  });
  await createSite(s, admin, {
    code: "VAN-02",
    name: "备用服务车 沪A·02 Van 02",
    kind: "van",
    ownerId: tech.userId,
  });
  for (const [partNo, site, qty] of STOCK)
    await receiveStock(s, admin, { partNo, site, qty, note: "期初库存 opening stock" });
  for (const partNo of ["P-WM-PCB", "P-AC-SENSOR", "P-RF-FAN"])
    await updateReorderPoint(s, admin, { partNo, site: "WH-SH", reorderPoint: 4 });
  // One repair in progress waits for a compressor, which is out of stock everywhere.
  const [repair] = await s.db
    .select({ number: ticketsView.number })
    .from(ticketsView)
    .where(
      and(
        eq(ticketsView.tenantId, admin.tenantId),
        eq(ticketsView.type, "repair"),
        eq(ticketsView.status, "in_progress"),
      ),
    )
    .orderBy(asc(ticketsView.createdAt))
    .limit(1);
  if (repair)
    await reserveStock(s, agent, {
      partNo: "P-RF-COMP",
      site: "WH-SH",
      qty: 1,
      ticketRef: repair.number,
      backorder: true,
    });
}
