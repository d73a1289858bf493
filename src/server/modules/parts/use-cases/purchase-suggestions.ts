import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { partsByIds, purchaseNeeds, sitesByIds } from "../parts.repository.js";
import { siteId } from "./stock-filters.js";

// What to buy per site and part: enough to bring the line back to its reorder point and cover the
// back-orders waiting there, less what is already on its way in transfers.
const suggestedQty = (n: {
  available: number;
  reorderPoint: number | null;
  backordered: number;
  inbound: number;
}) => Math.max(0, (n.reorderPoint ?? 0) - n.available + n.backordered - n.inbound);

export async function purchaseSuggestions(s: Services, actor: Actor, q: { site?: string }) {
  const needs = (await purchaseNeeds(s.db, actor.tenantId, await siteId(s, actor, q.site)))
    .map((n) => ({
      ...n,
      suggested: suggestedQty({
        available: n.available,
        reorderPoint: n.reorder_point,
        backordered: n.backordered,
        inbound: n.inbound,
      }),
    }))
    .filter((n) => n.suggested > 0);
  const parts = await partsByIds(s.db, actor.tenantId, [...new Set(needs.map((n) => n.part_id))]);
  const sites = await sitesByIds(s.db, actor.tenantId, [...new Set(needs.map((n) => n.site_id))]);
  const items = needs.flatMap((n) => {
    const part = parts.get(n.part_id);
    const site = sites.get(n.site_id);
    if (!part || !site) return [];
    return [
      {
        partNo: part.partNo,
        partName: part.name,
        partNameEn: part.nameEn,
        unit: part.unit,
        price: part.priceCents === null ? null : part.priceCents / 100,
        site: site.code,
        siteName: site.name,
        available: n.available,
        reorderPoint: n.reorder_point,
        backordered: n.backordered,
        inbound: n.inbound,
        suggested: n.suggested,
      },
    ];
  });
  items.sort((a, b) => a.site.localeCompare(b.site) || a.partNo.localeCompare(b.partNo));
  return { items, nextCursor: null };
}
