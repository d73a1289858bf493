import type { WarrantySettings } from "../../../../shared/warranty-settings.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ruleBookFor } from "../engine/index.js";
import { findWarrantySettings } from "../warranty.repository.js";

// The tenant's settings as saved, and the rule book they make (legal defaults + settings).
export async function readWarrantySettings(s: Services, actor: Actor) {
  const settings = ((await findWarrantySettings(s.db, actor.tenantId)) ?? {}) as WarrantySettings;
  return { settings, ruleBook: ruleBookFor(settings) };
}
