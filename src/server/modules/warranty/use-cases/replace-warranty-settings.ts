import { type WarrantySettings, ZWarrantySettings } from "../../../../shared/warranty-settings.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ValidationError } from "../../../platform/http/errors.js";
import { calendarExists } from "../../sla/index.js";
import { checkSettings } from "../engine/index.js";
import { saveWarrantySettings } from "../warranty.repository.js";
import { readWarrantySettings } from "./read-warranty-settings.js";

// An admin replaces the settings; one that would shorten a legal minimum is refused field by field.
export async function replaceWarrantySettings(s: Services, actor: Actor, input: WarrantySettings) {
  const calendarId = input.rmaSla?.calendarId;
  const issues: { path: string; code: string }[] = checkSettings(input);
  if (calendarId && !(await calendarExists(s.db, actor.tenantId, calendarId)))
    issues.push({ path: "rmaSla.calendarId", code: "sla.calendar_not_found" });
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((i) => ({ code: "custom", path: i.path.split("."), message: i.code, input: undefined })),
    );
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await saveWarrantySettings(tx, actor.tenantId, ZWarrantySettings.parse(input), actor.userId, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "warranty.settings_updated",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: input,
      at: now,
    });
  });
  return readWarrantySettings(s, actor);
}
