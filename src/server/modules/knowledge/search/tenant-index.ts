import type { Db } from "../../../platform/db/client.js";
import {
  type ArticleRow,
  type Audience,
  articlesStamp,
  listArticles,
  tenantSynonyms,
} from "../knowledge.repository.js";
import { FusedKnowledgeIndex } from "./fused-index.js";
import type { Tokeniser } from "./knowledge-index.js";
import { domainTokeniser } from "./knowledge-search.js";

export type TenantIndex = {
  index: FusedKnowledgeIndex;
  articles: Map<string, ArticleRow>;
  tokenise: Tokeniser;
};

let shipped: Tokeniser | undefined;
// Built on first use (loading jieba's dictionary takes a few hundred milliseconds); a tenant with
// synonyms of its own gets its own lexicon.
const knowledgeTokeniser = (synonyms: string[][]): Tokeniser => {
  if (synonyms.length > 0) return domainTokeniser(synonyms);
  shipped ??= domainTokeniser();
  return shipped;
};

// One index per tenant and audience, rebuilt when an article is added or saved or the synonyms
// change (the stamp: count and latest updated_at, one indexed aggregate per search). Another instance's edit is seen on the
// next search, so nothing needs invalidating across processes.
const cache = new Map<string, { stamp: string; built: TenantIndex }>();

export async function tenantIndex(db: Db, tenantId: string, audience: Audience): Promise<TenantIndex> {
  const stamp = await articlesStamp(db, tenantId);
  const key = `${tenantId}:${audience}`;
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.built;
  const rows = await listArticles(db, tenantId, audience);
  const visible = audience === "staff" ? rows : rows.filter((r) => r.status === "published");
  const tokenise = knowledgeTokeniser(await tenantSynonyms(db, tenantId));
  const index = new FusedKnowledgeIndex(
    visible.map((r) => ({
      id: r.id,
      title: r.title,
      tags: [...r.tags, ...r.faultCodes],
      body: r.body,
    })),
    tokenise,
  );
  const built = { index, articles: new Map(visible.map((r) => [r.id, r])), tokenise };
  cache.set(key, { stamp, built });
  return built;
}
