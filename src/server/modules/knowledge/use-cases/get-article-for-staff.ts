import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findArticle } from "../knowledge.repository.js";
import { articleDto } from "./article-dto.js";

export async function getArticleForStaff(s: Services, a: Actor, id: string) {
  const row = await findArticle(s.db, a.tenantId, id, "staff");
  if (!row) throw new AppError("kb.not_found");
  return articleDto(row);
}
