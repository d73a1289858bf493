import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { bumpCounter, findArticle } from "../knowledge.repository.js";
import { publicArticle } from "./public-article.js";
import type { Reader } from "./reader.js";

// Reading an article counts a view.
export async function readArticle(s: Services, reader: Reader, id: string) {
  const row = await findArticle(s.db, reader.tenantId, id, "public");
  if (!row) throw new AppError("kb.not_found");
  await bumpCounter(s.db, reader.tenantId, id, "views");
  return publicArticle(row);
}
