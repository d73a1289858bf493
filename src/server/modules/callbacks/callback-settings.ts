import { eq } from "drizzle-orm";
import type { CallbackSettings } from "../../../shared/api/callbacks.js";
import type { Db } from "../../platform/db/client.js";
import { callbackSettings } from "./callbacks.tables.js";

// Until an admin turns them on, no callbacks are queued (tenants that do not work this way see no
// change). The plan follows common practice: two hours later, the next working day, two days on.
export const DEFAULT_CALLBACK_SETTINGS: CallbackSettings = {
  enabled: false,
  ticketTypes: ["repair", "installation", "exchange", "return", "complaint"],
  tiers: [],
  samplePercent: 100,
  delayHours: 24,
  retryPlan: [{ kind: "hours", hours: 2 }, { kind: "next_working_day" }, { kind: "days", days: 2 }],
  maxAttempts: 3,
  autoConfirm: true,
  callingHours: { start: 9, end: 20 },
  scripts: [
    {
      ticketType: null,
      zh: "您好，{name}，我是{company}的客服。您的服务单 {number}（{subject}）已处理完毕，想跟您确认一下：问题是否已经解决？您对本次服务满意吗？请您用 1 到 5 分给我们打个分。",
      en: "Hello {name}, this is customer service. Your request {number} ({subject}) was resolved. May I check with you: is the problem fixed? How satisfied are you with our service, from 1 to 5?",
    },
  ],
};

export async function readCallbackSettings(db: Db, tenantId: string): Promise<CallbackSettings> {
  const [row] = await db
    .select({ settings: callbackSettings.settings })
    .from(callbackSettings)
    .where(eq(callbackSettings.tenantId, tenantId));
  return row ? { ...DEFAULT_CALLBACK_SETTINGS, ...row.settings } : DEFAULT_CALLBACK_SETTINGS;
}

// The script for a ticket type (its own, else the general one), with the ticket's details filled in.
export function scriptFor(
  settings: CallbackSettings,
  ticketType: string,
  values: Record<string, string>,
): { zh: string; en: string } | null {
  const script =
    settings.scripts.find((s) => s.ticketType === ticketType) ??
    settings.scripts.find((s) => s.ticketType === null);
  if (!script) return null;
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  return { zh: fill(script.zh), en: fill(script.en) };
}

// A stable share of tickets: the same ticket is always in or out of the sample.
export function inSample(ticketId: string, percent: number): boolean {
  if (percent >= 100) return true;
  if (percent <= 0) return false;
  let h = 2166136261;
  for (let i = 0; i < ticketId.length; i++) h = Math.imul(h ^ ticketId.charCodeAt(i), 16777619);
  return (h >>> 0) % 100 < percent;
}
