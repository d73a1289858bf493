import { eq } from "drizzle-orm";
import type { SurveySettings } from "../../../../shared/api/surveys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { surveySettings } from "../surveys.tables.js";
import { DEFAULT_REMINDER_DAYS } from "./send-reminders.js";

export async function getSurveySettings(s: Services, actor: Actor): Promise<SurveySettings> {
  const [row] = await s.db.select().from(surveySettings).where(eq(surveySettings.tenantId, actor.tenantId));
  return { reminderDays: row?.reminderDays ?? DEFAULT_REMINDER_DAYS };
}

export async function saveSurveySettings(s: Services, actor: Actor, input: SurveySettings) {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await tx
      .insert(surveySettings)
      .values({ tenantId: actor.tenantId, reminderDays: input.reminderDays, updatedAt: now })
      .onConflictDoUpdate({
        target: surveySettings.tenantId,
        set: { reminderDays: input.reminderDays, updatedAt: now },
      });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.settings_changed",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: { reminderDays: input.reminderDays },
      at: now,
    });
  });
  return getSurveySettings(s, actor);
}
