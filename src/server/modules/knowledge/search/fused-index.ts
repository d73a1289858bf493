// The knowledge search ranks with two indexes of the same articles:
// - the domain index (words, synonyms, fault codes, pinyin, glossary: knowledge-tokens.ts), precise
//   when the question uses words the lexicon knows;
// - a plain index of the ticket search's tokens (CJK characters and bigrams), which knows no words
//   and so still sees that a phrasing the lexicon has never heard ("排不出去") shares 排 with 排水.
// The plain index is asked only about the question's Chinese words that no article contains (a
// character fallback for unknown words): words the domain index understood are left to it, so
// characters shared by opposites (制冷 / 制热) never reorder a clear match. Its ranking, scaled to
// the domain index's best score, is added with a weight that grows with how much of the question
// the domain index could not place (1 − the top hit's coverage). It only reorders articles the
// domain index found: a question sharing a stray character with the knowledge base still finds
// nothing (and counts as a gap), and coverage — the assistant's confidence — stays the domain
// index's, so a question that only shares characters with an article is still handed to a person.

import { documentTokens } from "../../../platform/text/search-tokens.js";
import { type Hit, type IndexedDocument, KnowledgeIndex, type Tokeniser } from "./knowledge-index.js";

// Chosen on the tuning and development sets (bench/knowledge.bench.ts), never the held-out sets.
const PLAIN_WEIGHT = 0.5;

const plainTokeniser: Tokeniser = (text) =>
  documentTokens(text).map((term) => ({ term, kind: "w" as const }));

export class FusedKnowledgeIndex {
  private readonly domain: KnowledgeIndex;
  private readonly plain: KnowledgeIndex;

  constructor(docs: readonly IndexedDocument[], tokenise: Tokeniser) {
    this.domain = new KnowledgeIndex(docs, tokenise);
    this.plain = new KnowledgeIndex(docs, plainTokeniser);
  }

  get size(): number {
    return this.domain.size;
  }

  get headings(): ReadonlySet<string> {
    return this.domain.headings;
  }

  unknownHanWords(q: string): string[] {
    return this.domain.unknownHanWords(q);
  }

  search(q: string, limit = 10): Hit[] {
    const domain = this.domain.search(q, this.size);
    const top = domain[0];
    const unknown = this.domain.unknownHanWords(q);
    if (!top || unknown.length === 0) return domain.slice(0, limit);
    const plain = new Map(this.plain.search(unknown.join(" "), this.size).map((h) => [h.id, h.score]));
    const topPlain = Math.max(0, ...plain.values());
    if (topPlain === 0) return domain.slice(0, limit);
    // Scores stay on the domain index's scale, so the assistant's ratios between articles keep
    // their meaning.
    const weight = PLAIN_WEIGHT * (1 - Math.min(1, top.coverage)) * top.score;
    return domain
      .map((h) => ({ ...h, score: h.score + (weight * (plain.get(h.id) ?? 0)) / topPlain }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }
}
