// Ranking for help articles: BM25F over title, tags and body (fields weighted, each normalised by
// its own length), query terms weighted by kind (knowledge-tokens.ts), and Latin typos matched to
// the nearest indexed word. Pure and in memory: a tenant's knowledge base is hundreds of articles,
// not millions, so the index is rebuilt when an article changes (see knowledge-search.ts).

import {
  type CompiledLexicon,
  knowledgeTokens,
  TOKEN_WEIGHTS,
  type Token,
  type TokenKind,
  withinEdits,
} from "../../../platform/text/knowledge-tokens.js";

export type IndexedDocument = { id: string; title: string; tags: readonly string[]; body: string };

type Field = "title" | "tags" | "body";
const FIELDS: Field[] = ["title", "tags", "body"];
const FIELD_WEIGHTS: Record<Field, number> = { title: 3, tags: 2, body: 1 };
const K1 = 1.2;
const B = 0.75;

type Posting = { doc: number; tf: Record<Field, number> };

export type Hit = { id: string; score: number; coverage: number; matched: string[] };

export type Tokeniser = (text: string, forQuery?: boolean) => Token[];

export function lexiconTokeniser(lexicon: CompiledLexicon): Tokeniser {
  return (text, forQuery) => knowledgeTokens(text, lexicon, forQuery);
}

// What an unknown word would weigh had an article used it: the word and its pinyin and initials
// (character pairs are left out: they also span words, and the question keeps those it shares).
function spelledWeight(term: string): number {
  const word = term.slice(2);
  const spelled = /^\p{Script=Han}{2,}$/u.test(word) || /^[a-z]{2,}$/.test(word);
  return TOKEN_WEIGHTS.w + (spelled ? TOKEN_WEIGHTS.p + TOKEN_WEIGHTS.i : 0);
}

export class KnowledgeIndex {
  private readonly postings = new Map<string, Posting[]>();
  /** Every term of an article's title or tags: what the knowledge base says its articles are about. */
  readonly headings = new Set<string>();
  private readonly lengths: Record<Field, number>[] = [];
  private readonly avg: Record<Field, number> = { title: 1, tags: 1, body: 1 };
  private readonly latinWords: string[] = [];
  readonly ids: string[] = [];

  constructor(
    docs: readonly IndexedDocument[],
    private readonly tokenise: Tokeniser,
  ) {
    const totals: Record<Field, number> = { title: 0, tags: 0, body: 0 };
    docs.forEach((d, doc) => {
      this.ids.push(d.id);
      const text: Record<Field, string> = { title: d.title, tags: d.tags.join(" , "), body: d.body };
      const len: Record<Field, number> = { title: 0, tags: 0, body: 0 };
      const perTerm = new Map<string, Posting>();
      for (const field of FIELDS) {
        const tokens = tokenise(text[field]);
        len[field] = tokens.length;
        totals[field] += tokens.length;
        for (const t of tokens) {
          let p = perTerm.get(t.term);
          if (!p) {
            p = { doc, tf: { title: 0, tags: 0, body: 0 } };
            perTerm.set(t.term, p);
          }
          p.tf[field]++;
          if (field !== "body") this.headings.add(t.term);
        }
      }
      this.lengths.push(len);
      for (const [term, p] of perTerm) {
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
          if (/^w:[a-z]{4,}$/.test(term)) this.latinWords.push(term.slice(2));
        }
        list.push(p);
      }
    });
    for (const field of FIELDS) this.avg[field] = Math.max(1, totals[field] / Math.max(1, docs.length));
  }

  get size(): number {
    return this.ids.length;
  }

  private idf(term: string): number {
    const n = this.postings.get(term)?.length ?? 0;
    const N = this.ids.length;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  }

  // Query terms with their weights; an unknown Latin word is replaced by a known one within one
  // edit (two for long words), so "leeking" still finds "leak".
  queryTerms(q: string): { term: string; kind: TokenKind; weight: number }[] {
    const out = new Map<string, { term: string; kind: TokenKind; weight: number }>();
    for (const t of this.tokenise(q, true)) {
      let term = t.term;
      let weight = TOKEN_WEIGHTS[t.kind] * (t.weight ?? 1);
      if (t.kind === "w" && !this.postings.has(term) && /^w:[a-z]{4,}$/.test(term)) {
        const word = term.slice(2);
        const near = this.latinWords.find((v) => withinEdits(word, v, word.length >= 8 ? 2 : 1));
        if (near) {
          term = `w:${near}`;
          weight *= 0.8;
        }
      }
      const prev = out.get(term);
      if (!prev || prev.weight < weight) out.set(term, { term, kind: t.kind, weight });
    }
    return [...out.values()];
  }

  /** The question's Chinese words no article contains (after synonyms): phrasings the lexicon lacks. */
  unknownHanWords(q: string): string[] {
    return this.tokenise(q, true)
      .filter((t) => t.kind === "w" && !this.postings.has(t.term) && /\p{Script=Han}/u.test(t.term))
      .map((t) => t.term.slice(2));
  }

  search(q: string, limit = 10): Hit[] {
    const terms = this.queryTerms(q);
    const N = this.ids.length;
    const maxIdf = Math.log(1 + (N + 0.5) / 0.5);
    const scores = new Map<number, { score: number; mass: number; matched: string[] }>();
    let queryMass = 0;
    for (const { term, kind, weight } of terms) {
      const list = this.postings.get(term);
      // An unknown word or code is a part of the question no article speaks of: it counts fully
      // against coverage, as much as it would weigh if an article had it (with its spellings).
      // Unknown pinyin and bigram fallbacks only repeat those words, so they don't count again.
      if (!list) {
        if (kind === "w") queryMass += weight * maxIdf * spelledWeight(term);
        if (kind === "c") queryMass += weight * maxIdf;
        continue;
      }
      const idf = this.idf(term);
      queryMass += weight * idf;
      for (const p of list) {
        const len = this.lengths[p.doc];
        if (!len) continue;
        let tf = 0;
        for (const f of FIELDS) tf += (FIELD_WEIGHTS[f] * p.tf[f]) / (1 - B + (B * len[f]) / this.avg[f]);
        const s = scores.get(p.doc) ?? { score: 0, mass: 0, matched: [] };
        s.score += weight * idf * ((tf * (K1 + 1)) / (tf + K1));
        s.mass += weight * idf;
        s.matched.push(term);
        scores.set(p.doc, s);
      }
    }
    return [...scores.entries()]
      .map(([doc, s]) => ({
        id: this.ids[doc] ?? "",
        score: s.score,
        coverage: queryMass > 0 ? s.mass / queryMass : 0,
        matched: s.matched,
      }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }
}
