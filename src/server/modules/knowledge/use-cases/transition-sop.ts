import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import { findSop, updateSopRow } from "../sops/sop-repository.js";
import { syncVisitChecklist } from "../sops/sop-visit-checklist.js";
import { recordSopVersion, sopDto } from "../sops/sop-writes.js";

// The article workflow: draft → review → published, back to draft to rework or withdraw.
const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ["review", "published"],
  review: ["draft", "published"],
  published: ["draft"],
};

export async function transitionSop(s: Services, a: Actor, id: string, to: ArticleStatus) {
  const moved = await s.db.transaction(async (tx) => {
    const current = await findSop(tx, a.tenantId, id, true);
    if (!current) throw new AppError("kb.sop_not_found");
    if (!TRANSITIONS[current.status].includes(to))
      throw new AppError("kb.invalid_transition", { from: current.status, to });
    const now = s.clock.now();
    const row = await updateSopRow(tx, a.tenantId, id, {
      status: to,
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: now,
      ...(to === "published" ? { publishedAt: now } : {}),
    });
    await recordSopVersion(tx, s, a, row, "kb.sop_status");
    return { row, before: current };
  });
  await syncVisitChecklist(s, a, moved.before, moved.row);
  return sopDto(moved.row);
}
