import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { getSettings } from "../assignment.repository.js";

export const routingSettingsOf = (s: Services, actor: Actor) => getSettings(s.db, actor.tenantId);
