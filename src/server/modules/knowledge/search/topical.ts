import { compileLexicon } from "../../../platform/text/knowledge-tokens.js";
import { DOMAIN_LEXICON } from "./domain-lexicon.js";
import { lexiconTokeniser } from "./knowledge-index.js";

// Whether an article matched what a question is about, or only which appliance it is or a common
// word ("空调遥控器上的睡眠模式" shares 空调 and 遥控器 with the remote article; "opening hours" shares
// "open" with the installation guide). The assistant answers only from an article that did.
// A question's topic words are the lexicon's (every synonym, domain word and glossary term, what the
// rules read: sounds, patterns, can't-V phrases) with their spellings, so a slip (楼水, 造音) still
// names its topic; and, for a knowledge base about other things than the lexicon knows, any word of
// an article's title or tags. Never a product name or its spellings (热水器 → 热水, reshui).

type Topics = { terms: Set<string>; productTerms: Set<string> };

let shipped: Topics | undefined;

function topics(): Topics {
  if (shipped) return shipped;
  const lexicon = compileLexicon(DOMAIN_LEXICON);
  const tokenise = lexiconTokeniser(lexicon);
  const canon = (w: string) => `w:${lexicon.canonical.get(w.toLowerCase()) ?? w.toLowerCase()}`;
  const products = new Set((DOMAIN_LEXICON.products?.words ?? []).map(canon));
  const productTerms = new Set(
    DOMAIN_LEXICON.synonyms
      .filter((group) => products.has(canon(group[0] ?? "")))
      .flat()
      .flatMap((w) => tokenise(w).map((t) => t.term)),
  );
  const words = [
    ...DOMAIN_LEXICON.words,
    ...DOMAIN_LEXICON.synonyms.flat(),
    ...Object.values(DOMAIN_LEXICON.glossary),
    ...Object.values(DOMAIN_LEXICON.potentialVerbs ?? {}),
    ...(DOMAIN_LEXICON.patterns ?? []).map(([, w]) => w),
    ...Object.values(DOMAIN_LEXICON.productSenses ?? {}).flatMap((senses) => Object.values(senses)),
    DOMAIN_LEXICON.sounds?.word ?? "",
  ].filter((w) => w && !products.has(canon(w)));
  const terms = new Set(words.map(canon));
  for (const w of words)
    for (const t of tokenise(w)) if (t.kind === "p" || t.kind === "s" || t.kind === "b") terms.add(t.term);
  for (const t of productTerms) terms.delete(t);
  shipped = { terms, productTerms };
  return shipped;
}

/** `headings`: the terms of the knowledge base's article titles and tags (KnowledgeIndex.headings). */
export function isTopical(matched: readonly string[], headings: ReadonlySet<string>): boolean {
  const { terms, productTerms } = topics();
  return matched.some(
    (t) =>
      t.startsWith("c:") ||
      terms.has(t) ||
      (headings.has(t) && !productTerms.has(t) && (t.startsWith("w:") || t.startsWith("b:"))),
  );
}
