import { receiveTransfer, sendTransfer } from "../modules/parts/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// Two transfers so the transfers screen has something to show: belts on their way to the
// technician's van, and pumps already received at the store.
export async function seedPartsLogisticsDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const admin = staff.get("admin@demo.local");
  if (!admin) return;
  await sendTransfer(s, admin, { partNo: "P-WM-BELT", from: "WH-SH", to: "VAN-01", qty: 4 });
  const pumps = await sendTransfer(s, admin, { partNo: "P-WM-PUMP", from: "WH-SH", to: "SHOP-XH", qty: 2 });
  await receiveTransfer(s, admin, pumps.id);
}
