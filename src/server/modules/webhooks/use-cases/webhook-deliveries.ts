import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { deliveryDto, mustFind } from "../webhook-dto.js";
import { listDeliveries } from "../webhooks.repository.js";

export async function webhookDeliveries(
  s: Services,
  a: Actor,
  id: string,
  query: { limit: number; cursor?: string },
) {
  await mustFind(s.db, a, id);
  const before = decodeCursor(query.cursor)?.[0] ?? null;
  const rows = await listDeliveries(s.db, a.tenantId, id, before, query.limit + 1);
  return keysetPage(rows, query.limit, (r) => [r.id], deliveryDto);
}
