import type { GapStatus } from "../../../../shared/api/knowledge-gaps.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { gapDto } from "../gaps/gap-dto.js";
import { listGaps } from "../gaps/gap-repository.js";

export async function knowledgeGaps(s: Services, a: Actor, status: GapStatus, limit: number) {
  const rows = await listGaps(s.db, a.tenantId, status, limit);
  return {
    items: rows.map((r) =>
      gapDto(r.gap, { title: r.articleTitle, status: r.articleStatus }, r.dismissedByName),
    ),
  };
}
