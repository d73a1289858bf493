import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { createArticle } from "../use-cases/create-article.js";
import { HELP_ARTICLES } from "./help-articles.js";
import { seedGapsDemo } from "./seed-gaps.js";
import { seedSopDemo } from "./seed-sops.js";

// The demo knowledge base, published, translations linked by their key.
export async function seedKnowledgeDemo(s: Services, editor: Actor): Promise<void> {
  const byKey = new Map<string, string>();
  for (const a of HELP_ARTICLES) {
    const created = await createArticle(s, editor, {
      title: a.title,
      body: a.body,
      tags: a.tags,
      locale: a.locale,
      status: "published",
      category: a.category,
      productLine: a.productLine ?? null,
      faultCodes: a.faultCodes ?? [],
      translationOf: byKey.get(a.key),
    });
    if (!byKey.has(a.key)) byKey.set(a.key, created.id);
  }
  await seedSopDemo(s, editor);
  await seedGapsDemo(s, editor.tenantId);
}
