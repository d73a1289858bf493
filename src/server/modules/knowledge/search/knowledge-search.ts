import { compileLexicon, type Lexicon } from "../../../platform/text/knowledge-tokens.js";
import { DOMAIN_LEXICON } from "./domain-lexicon.js";
import { lexiconTokeniser, type Tokeniser } from "./knowledge-index.js";

// The shipped lexicon plus a tenant's own synonym groups (their first word joins the shipped group
// it names, or starts a new one).
function withSynonyms(base: Lexicon, extra: readonly (readonly string[])[]): Lexicon {
  const groups = base.synonyms.map((g) => [...g]);
  for (const group of extra) {
    const into = groups.find((g) => group.some((w) => g.includes(w)));
    if (into) into.push(...group.filter((w) => !into.includes(w)));
    else groups.push([...group]);
  }
  return { ...base, synonyms: groups };
}

export function domainTokeniser(extraSynonyms: readonly (readonly string[])[] = []): Tokeniser {
  return lexiconTokeniser(compileLexicon(withSynonyms(DOMAIN_LEXICON, extraSynonyms)));
}

// The canonical word of each product line (after synonyms and the glossary: 滚筒 and "washer"
// become 洗衣机).
const PRODUCT_WORDS: Record<string, string> = {
  "w:洗衣机": "washer",
  "w:空调": "aircon",
  "w:冰箱": "fridge",
  "w:热水器": "water-heater",
};

export function mentionedProductLines(question: string, tokenise: Tokeniser): string[] {
  const lines = new Set<string>();
  for (const t of tokenise(question)) {
    const line = PRODUCT_WORDS[t.term];
    if (line) lines.add(line);
  }
  return [...lines];
}
