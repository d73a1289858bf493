import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toSiteDto } from "../parts.dto.js";
import { listSites } from "../parts.repository.js";

export async function readSites(s: Services, actor: Actor) {
  return { items: (await listSites(s.db, actor.tenantId)).map(toSiteDto), nextCursor: null };
}
