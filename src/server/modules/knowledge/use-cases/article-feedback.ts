import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { bumpCounter, findArticle } from "../knowledge.repository.js";
import type { Reader } from "./reader.js";

export type Feedback = { helpful: boolean } | { solved: true };

// "Was this helpful?" on an article, and "this solved it" on the deflection list of a new
// request, which also counts as helpful.
export async function articleFeedback(s: Services, reader: Reader, id: string, feedback: Feedback) {
  const row = await findArticle(s.db, reader.tenantId, id, "public");
  if (!row) throw new AppError("kb.not_found");
  await s.db.transaction(async (tx) => {
    if ("solved" in feedback) {
      await bumpCounter(tx, reader.tenantId, id, "deflected");
      await bumpCounter(tx, reader.tenantId, id, "helpful");
    } else await bumpCounter(tx, reader.tenantId, id, feedback.helpful ? "helpful" : "notHelpful");
  });
}
