import { and, eq, inArray } from "drizzle-orm";
import type { Services } from "../../platform/context.js";
import type { Actor } from "../../platform/http/actor.js";
import { ticketsView, transitionTicket } from "../tickets/index.js";
import { DEFAULT_CALLBACK_SETTINGS } from "./callback-settings.js";
import { callbacks } from "./callbacks.tables.js";
import { saveCallbackSettings } from "./use-cases/manage-settings.js";
import { recordAttempt } from "./use-cases/record-attempt.js";

// Demo: callbacks on, every ticket type, first call right after resolution; a few tickets in work
// are resolved so the queue has callbacks due now, and one already has an unanswered attempt.
export async function seedCallbacksDemo(s: Services, admin: Actor, agent: Actor): Promise<void> {
  await saveCallbackSettings(s, admin, {
    ...DEFAULT_CALLBACK_SETTINGS,
    enabled: true,
    ticketTypes: [],
    delayHours: 0,
    callingHours: { start: 0, end: 24 },
    scripts: [
      ...DEFAULT_CALLBACK_SETTINGS.scripts,
      {
        ticketType: "installation",
        zh: "您好，{name}，我是售后服务中心的回访专员。您的 {subject}（服务单 {number}）已安装完成，请问机器运行是否正常？安装师傅是否清理了现场？请您为本次服务打 1 到 5 分。",
        en: "Hello {name}, this is the service centre. Your {subject} (request {number}) was installed. Is it running well? Did the installer leave the place clean? Please rate the service from 1 to 5.",
      },
    ],
  });
  const picked = await s.db
    .select({ id: ticketsView.id })
    .from(ticketsView)
    .where(
      and(eq(ticketsView.tenantId, admin.tenantId), inArray(ticketsView.status, ["in_progress", "assigned"])),
    )
    .limit(4);
  for (const t of picked) await transitionTicket(s, agent, t.id, "resolve").catch(() => undefined);
  const queued = await s.db
    .select({ id: callbacks.id })
    .from(callbacks)
    .where(and(eq(callbacks.tenantId, admin.tenantId), eq(callbacks.status, "open")));
  const [first] = queued;
  if (first) await recordAttempt(s, agent, first.id, { outcome: "no_answer", note: "响铃无人接听" });
}
