import type { CallbackSettings } from "../../../../shared/api/callbacks.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { readCallbackSettings } from "../callback-settings.js";
import { callbackSettings } from "../callbacks.tables.js";

export const getCallbackSettings = (s: Services, actor: Actor) => readCallbackSettings(s.db, actor.tenantId);

// An admin's rules; they apply to tickets resolved from now on (queued callbacks keep their plan's
// attempt limit, the retry plan and policy are read when an attempt is recorded).
export async function saveCallbackSettings(
  s: Services,
  actor: Actor,
  input: CallbackSettings,
): Promise<CallbackSettings> {
  if (input.callingHours.start >= input.callingHours.end) throw new AppError("callback.hours_invalid");
  const now = s.clock.now();
  await s.db.transaction(async (tx) => {
    await tx
      .insert(callbackSettings)
      .values({ tenantId: actor.tenantId, settings: input, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({
        target: callbackSettings.tenantId,
        set: { settings: input, updatedBy: actor.userId, updatedAt: now },
      });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "callback.settings_changed",
      entityType: "callback_settings",
      entityId: actor.tenantId,
      data: input,
      at: now,
    });
  });
  return readCallbackSettings(s.db, actor.tenantId);
}
