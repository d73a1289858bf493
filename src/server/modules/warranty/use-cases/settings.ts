import { DEFAULT_RMA_SLA, type RmaSla } from "../../../../shared/rma-sla.js";
import { type WarrantySettings, ZWarrantySettings } from "../../../../shared/warranty-settings.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ValidationError } from "../../../platform/http/errors.js";
import { checkSettings, ruleBookFor } from "../engine/index.js";
import { findWarrantySettings, saveWarrantySettings } from "../warranty.repository.js";

// The tenant's settings as saved, and the rule book they make (legal defaults + settings).
export async function readWarrantySettings(s: Services, actor: Actor) {
  const settings = ((await findWarrantySettings(s.db, actor.tenantId)) ?? {}) as WarrantySettings;
  return { settings, ruleBook: ruleBookFor(settings) };
}

// An admin replaces the settings; one that would shorten a legal minimum is refused field by field.
export async function replaceWarrantySettings(s: Services, actor: Actor, input: WarrantySettings) {
  const issues = checkSettings(input);
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

// The RMA steps' SLA targets: the tenant's, else the defaults (QA 1 day, shipping 2 days).
export async function tenantRmaSla(db: Db, tenantId: string): Promise<RmaSla> {
  const settings = (await findWarrantySettings(db, tenantId)) as WarrantySettings | null;
  return { ...DEFAULT_RMA_SLA, ...(settings?.rmaSla ?? {}) };
}
