import { and, asc, eq, inArray } from "drizzle-orm";
import { users } from "../modules/auth/index.js";
import {
  applyVisitPlan,
  createVisit,
  localMidnight,
  putTechnician,
  readDispatchDay,
  readTechnicians,
} from "../modules/field/index.js";
import { ticketsView } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// The dispatch board's demo: tomorrow in the East region (华东), the region's two technicians with
// their bases, and eight booked visits across Shanghai that nobody has been given yet — what a
// planner finds in the morning before pressing "optimise".
const HOMES: Record<string, { lat: number; lng: number }> = {
  "tech@demo.local": { lat: 31.188, lng: 121.437 }, // 徐汇
  "tech2@demo.local": { lat: 31.245, lng: 121.505 }, // 陆家嘴
};

const DAY_VISITS = [
  {
    at: 9,
    kind: "repair",
    address: "上海市浦东新区世纪大道 100 号",
    lat: 31.236,
    lng: 121.507,
    skills: ["fridge"],
  },
  {
    at: 9,
    kind: "installation",
    address: "上海市徐汇区漕溪北路 398 号",
    lat: 31.186,
    lng: 121.436,
    skills: [],
  },
  { at: 11, kind: "repair", address: "上海市浦东新区张杨路 500 号", lat: 31.229, lng: 121.521, skills: [] },
  {
    at: 11,
    kind: "maintenance",
    address: "上海市徐汇区天钥桥路 133 号",
    lat: 31.19,
    lng: 121.44,
    skills: [],
  },
  {
    at: 13,
    kind: "repair",
    address: "上海市黄浦区南京东路 300 号",
    lat: 31.238,
    lng: 121.48,
    skills: ["washer"],
  },
  { at: 13, kind: "repair", address: "上海市闵行区虹梅路 1500 号", lat: 31.168, lng: 121.393, skills: [] },
  { at: 15, kind: "inspection", address: "上海市杨浦区国定路 400 号", lat: 31.3, lng: 121.505, skills: [] },
  {
    at: 15,
    kind: "repair",
    address: "上海市长宁区愚园路 1258 号",
    lat: 31.219,
    lng: 121.421,
    skills: ["fridge"],
  },
] as const;

export async function seedDispatchDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const admin = staff.get("admin@demo.local");
  if (!admin) throw new Error("demo staff missing");
  const technicians = await readTechnicians(s, admin);
  const rows = await s.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, admin.tenantId), inArray(users.email, Object.keys(HOMES))));
  const emailOf = new Map(rows.map((r) => [r.id, r.email]));
  let nodeId: string | undefined;
  for (const t of technicians) {
    const home = HOMES[emailOf.get(t.userId) ?? ""];
    if (!home) continue;
    await putTechnician(s, admin, t.userId, {
      nodeId: t.nodeId,
      skills: t.skills,
      workDays: [1, 2, 3, 4, 5, 6, 7],
      shiftStart: t.shiftStart,
      shiftEnd: t.shiftEnd,
      ...(t.vanSite ? { vanSite: t.vanSite } : {}),
      homeLat: home.lat,
      homeLng: home.lng,
    });
    // The visits belong to 孙强's outlet (Xuhui, inside the East region): a technician sees the visits
    // of their home node's part of the network, and the region's 钱峰 sees the outlet's too.
    if (emailOf.get(t.userId) === "tech@demo.local") nodeId = t.nodeId;
  }
  if (!nodeId) return;

  const open = await s.db
    .select({ number: ticketsView.number })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, admin.tenantId), inArray(ticketsView.status, ["new", "assigned"])))
    .orderBy(asc(ticketsView.number))
    .limit(DAY_VISITS.length + 4);
  const tickets = open.slice(4); // the first four carry today's round of the field demo
  const tomorrow = new Date(s.clock.now().getTime() + 86_400_000)
    .toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" })
    .split("-")
    .map(Number);
  const midnight = localMidnight(
    tomorrow[0] ?? 0,
    tomorrow[1] ?? 0,
    tomorrow[2] ?? 0,
    "Asia/Shanghai",
  ).getTime();
  const created: { id: string; at: number }[] = [];
  for (const [i, ticket] of tickets.entries()) {
    const spec = DAY_VISITS[i];
    if (!spec) break;
    const visit = await createVisit(s, admin, ticket.number, {
      kind: spec.kind,
      nodeId,
      durationMinutes: 60,
      address: spec.address,
      requiredSkills: [...spec.skills],
      lat: spec.lat,
      lng: spec.lng,
    });
    created.push({ id: visit.id, at: spec.at });
  }
  // Booked windows with nobody given yet (the customers picked them in the portal).
  const day = new Date(midnight + 12 * 3_600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
  await s.db.transaction(async (tx) => {
    const d = await readDispatchDay(tx, admin, nodeId ?? "", day, {
      lock: true,
      urgent: created.map((c) => c.id),
    });
    await applyVisitPlan(
      tx,
      s,
      admin,
      d.urgent,
      created.map((c) => ({
        visitId: c.id,
        technicianId: null,
        plannedStart: null,
        window: {
          start: new Date(midnight + c.at * 3_600_000),
          end: new Date(midnight + (c.at + 2) * 3_600_000),
        },
      })),
    );
  });
}
