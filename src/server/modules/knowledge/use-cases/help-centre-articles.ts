import type { Services } from "../../../platform/context.js";
import { listArticles } from "../knowledge.repository.js";
import { publicArticle } from "./public-article.js";
import type { Reader } from "./reader.js";

export async function helpCentreArticles(s: Services, reader: Reader) {
  const rows = await listArticles(s.db, reader.tenantId, "public");
  return { items: rows.map(publicArticle) };
}
