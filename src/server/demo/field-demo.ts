import { and, asc, eq, inArray } from "drizzle-orm";
import { users } from "../modules/auth/index.js";
import {
  assignVisit,
  attachStaff,
  createNode,
  createVisit,
  localMidnight,
  putTechnician,
} from "../modules/field/index.js";
import { createSite, receiveStock } from "../modules/parts/index.js";
import { ticketsView } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { newId } from "../platform/ids.js";
import { seedCoverageDemo } from "./field-coverage-demo.js";

// The service network (HQ → East / North → outlets), an East regional manager, three technicians
// with vans (tech@demo.local keeps the parts demo's VAN-01) and today's round of visits for 孙强.
const EXTRA_STAFF = [
  { email: "east.manager@demo.local", name: "韩冬", role: "supervisor" },
  { email: "tech2@demo.local", name: "钱峰", role: "technician" },
  { email: "tech3@demo.local", name: "吴刚", role: "technician" },
] as const;

const TODAY = [
  { at: 9 * 60, kind: "repair", address: "上海市徐汇区漕溪北路 88 号 12 楼" },
  { at: 11 * 60, kind: "installation", address: "上海市徐汇区天钥桥路 500 弄 3 号 601" },
  { at: 14 * 60, kind: "maintenance", address: "上海市闵行区虹梅路 1500 号" },
  { at: 16 * 60, kind: "repair", address: "上海市长宁区愚园路 1258 号" },
] as const;

export async function seedFieldDemo(
  s: Services,
  staff: Map<string, Actor>,
  passwordHash: string,
): Promise<void> {
  const admin = staff.get("admin@demo.local");
  const tech = staff.get("tech@demo.local");
  if (!admin || !tech) throw new Error("demo staff missing");
  const ids = new Map<string, string>();
  for (const u of EXTRA_STAFF) {
    const id = newId("usr");
    await s.db.insert(users).values({
      id,
      tenantId: admin.tenantId,
      email: u.email,
      name: u.name,
      role: u.role,
      passwordHash,
      skills: u.role === "technician" ? ["washer", "fridge"] : [],
      maxOpenTickets: 20,
    });
    ids.set(u.email, id);
  }
  const node = (
    code: string,
    name: string,
    level: "hq" | "region" | "outlet",
    parentId?: string,
    partner = false,
  ) => createNode(s, admin, { code, name, level, parentId, partner });
  const hq = await node("HQ", "总部服务中心 HQ service centre", "hq");
  const east = await node("R-EAST", "华东分中心 East region", "region", hq.id);
  const north = await node("R-NORTH", "华北分中心 North region", "region", hq.id);
  const xuhui = await node("O-SH-XH", "上海徐汇服务站 Shanghai Xuhui", "outlet", east.id);
  const chaoyang = await node(
    "O-BJ-CY",
    "北京朝阳授权服务站 Beijing Chaoyang (partner)",
    "outlet",
    north.id,
    true,
  );
  await attachStaff(s, admin, ids.get("east.manager@demo.local") ?? "", { nodeId: east.id });
  await seedCoverageDemo(s, admin, { east: east.id, xuhui: xuhui.id, chaoyang: chaoyang.id });

  const week = { workDays: [1, 2, 3, 4, 5, 6], shiftStart: "08:30", shiftEnd: "18:30" };
  await putTechnician(s, admin, tech.userId, {
    nodeId: xuhui.id,
    skills: ["washer", "aircon", "compressor"],
    vanSite: "VAN-01",
    ...week,
  });
  for (const [email, nodeId, van] of [
    ["tech2@demo.local", east.id, "VAN-03"],
    ["tech3@demo.local", chaoyang.id, "VAN-04"],
  ] as const) {
    const userId = ids.get(email) ?? "";
    await createSite(s, admin, { code: van, name: `服务车 ${van} Van`, kind: "van", ownerId: userId });
    await receiveStock(s, admin, { partNo: "P-WM-PUMP", site: van, qty: 2, note: "期初库存 opening stock" });
    await putTechnician(s, admin, userId, { nodeId, skills: ["washer", "fridge"], vanSite: van, ...week });
  }

  // Today's route for 孙强, on open repair tickets.
  const open = await s.db
    .select({ number: ticketsView.number })
    .from(ticketsView)
    .where(
      and(
        eq(ticketsView.tenantId, admin.tenantId),
        inArray(ticketsView.status, ["new", "assigned", "in_progress"]),
      ),
    )
    .orderBy(asc(ticketsView.number))
    .limit(TODAY.length);
  const now = s.clock.now();
  const [y, m, d] = now.toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" }).split("-").map(Number);
  const midnight = localMidnight(y ?? 0, m ?? 0, d ?? 0, "Asia/Shanghai").getTime();
  for (const [i, ticket] of open.entries()) {
    const plan = TODAY[i];
    if (!plan) break;
    const visit = await createVisit(s, admin, ticket.number, {
      kind: plan.kind,
      nodeId: xuhui.id,
      durationMinutes: 90,
      address: plan.address,
      requiredSkills: [],
    });
    await assignVisit(s, admin, visit.id, {
      technicianId: tech.userId,
      start: new Date(midnight + plan.at * 60_000).toISOString(),
    });
  }
}
