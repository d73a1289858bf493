import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import { auditGap } from "./gap-audit.js";
import { addressGapsOf, reopenGapsOf } from "./gap-repository.js";

// A gap is answered when the article written for it is published, and open again (its draft still
// linked) when that article is withdrawn; each gap's change is audited in the article's transaction.
export async function gapsFollowArticle(
  tx: Db,
  s: Services,
  a: Actor,
  articleId: string,
  from: ArticleStatus,
  to: ArticleStatus,
): Promise<void> {
  if (to === "published") {
    for (const g of await addressGapsOf(tx, a.tenantId, articleId, s.clock.now()))
      await auditGap(tx, s, a, "kb.gap_addressed", g.id, { question: g.question, articleId });
  } else if (from === "published") {
    for (const g of await reopenGapsOf(tx, a.tenantId, articleId))
      await auditGap(tx, s, a, "kb.gap_reopened", g.id, { question: g.question, articleId });
  }
}
