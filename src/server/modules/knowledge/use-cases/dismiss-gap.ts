import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { auditGap } from "../gaps/gap-audit.js";
import { gapDto } from "../gaps/gap-dto.js";
import { lockGap, updateGap } from "../gaps/gap-repository.js";
import { findArticle } from "../knowledge.repository.js";

// Not worth an article (a test, a question for another department): off the open list, with who
// decided and when. An addressed gap has its article and stays as it is.
export async function dismissGap(s: Services, a: Actor, gapId: string) {
  return s.db.transaction(async (tx) => {
    const gap = await lockGap(tx, a.tenantId, gapId);
    if (!gap) throw new AppError("kb.gap_not_found");
    if (gap.dismissedAt || gap.addressedAt) throw new AppError("kb.gap_closed");
    const updated = await updateGap(tx, a.tenantId, gap.id, {
      dismissedAt: s.clock.now(),
      dismissedBy: a.userId,
    });
    await auditGap(tx, s, a, "kb.gap_dismissed", gap.id, { question: gap.question });
    const article = gap.articleId ? await findArticle(tx, a.tenantId, gap.articleId, "staff") : undefined;
    return gapDto(updated, article ?? null, a.name);
  });
}
