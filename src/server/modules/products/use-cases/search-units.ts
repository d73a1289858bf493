import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listUnits } from "../products.repository.js";
import { tenantToday, toUnitDto } from "./unit-dto.js";

// Customers see their own units, dealers their outlet's customers' units, staff all.
// An account without its customer/outlet is refused at sign-in; "-" is no id (and, unlike NUL,
// a value PostgreSQL accepts), so even then it matches nothing.
function ownerFilter(actor: Actor): { customerId?: string; outletId?: string } {
  if (actor.role === "customer") return { customerId: actor.customerId ?? "-" };
  if (actor.role === "dealer") return { outletId: actor.outletId ?? "-" };
  return {};
}

export async function searchUnits(
  s: Services,
  actor: Actor,
  f: { customerId?: string; q?: string; limit: number; afterId?: string },
) {
  const today = await tenantToday(s, actor.tenantId);
  const scope = ownerFilter(actor);
  const rows = await listUnits(s.db, actor.tenantId, {
    ...f,
    outletId: scope.outletId,
    customerId: scope.customerId ?? f.customerId,
  });
  return rows.map((u) => toUnitDto(u, today));
}
