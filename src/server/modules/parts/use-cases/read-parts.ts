import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { toPartDto } from "../parts.dto.js";
import { listParts } from "../parts.repository.js";
import type { Page } from "./stock-filters.js";

export async function readParts(s: Services, actor: Actor, q: { q?: string } & Page) {
  const after = decodeCursor(q.cursor);
  const rows = await listParts(s.db, actor.tenantId, q.q, q.limit + 1, after?.[0]);
  return keysetPage(rows, q.limit, (last) => [last.partNo], toPartDto);
}
