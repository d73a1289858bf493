import type { Db } from "../../platform/db/client.js";
import { addPolicy } from "./policy-writes.js";
import { seedCalendars } from "./use-cases/seed-calendars.js";

// The ready-made calendars and the priority targets of 001 §3.3.1.2: A urgent 5 min / 30 min on the
// 24×7 calendar (urgent work does not wait for Monday); B 30 min / 2 h and C 4 h / 24 h counted in
// China business hours. Waiting on the customer pauses the clock.
export async function seedSlaDefaults(tx: Db, tenantId: string, at: Date): Promise<void> {
  const { china, allDay } = await seedCalendars(tx, tenantId, at);
  const defaults: Omit<Parameters<typeof addPolicy>[3], "warnAtPercent" | "pauseOn">[] = [
    {
      name: "C 普通 Normal",
      calendarId: china.id,
      match: { priority: "C" },
      targets: { firstResponseMinutes: 240, nextResponseMinutes: 480, resolutionMinutes: 1440 },
      goldenChannel: false,
      escalation: [{ level: 1, afterMinutes: 960, notifyRoles: ["supervisor"], assignTo: "supervisor" }],
    },
    {
      name: "B 重要 Important",
      calendarId: china.id,
      match: { priority: "B" },
      targets: { firstResponseMinutes: 30, nextResponseMinutes: 120, resolutionMinutes: 120 },
      goldenChannel: false,
      escalation: [{ level: 1, afterMinutes: 90, notifyRoles: ["supervisor"], assignTo: "supervisor" }],
    },
    {
      name: "A 紧急 Urgent (golden channel)",
      calendarId: allDay.id,
      match: { priority: "A" },
      targets: { firstResponseMinutes: 5, nextResponseMinutes: 15, resolutionMinutes: 30 },
      goldenChannel: true,
      escalation: [
        { level: 1, afterMinutes: 15, notifyRoles: ["supervisor"], assignTo: "specialist" },
        { level: 2, afterMinutes: 30, notifyRoles: ["supervisor", "admin"] },
        { level: 3, afterMinutes: 120, notifyRoles: ["admin"] },
      ],
    },
  ];
  for (const policy of defaults) {
    await addPolicy(tx, tenantId, null, { ...policy, warnAtPercent: 80, pauseOn: ["pending_customer"] }, at);
  }
}
