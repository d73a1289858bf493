import {
  type CompiledLexicon,
  compileLexicon,
  knowledgeTokens,
} from "../../../platform/text/knowledge-tokens.js";
import { DOMAIN_LEXICON } from "../../knowledge/index.js";

// The terms text analytics counts: jieba words with the knowledge base's domain dictionary (so
// 滚筒洗衣机, 排水泵 stay whole and synonyms meet: 甩干 → 脱水), English words (glossary terms become
// their Chinese term, so "washer" and 洗衣机 are one term; others lightly stemmed), and fault codes
// as exact terms (E21, e-21 → "E21"), never split. Stop words and single Chinese characters (的,
// 水) are dropped: they name no problem.
export type Term = { term: string; code: boolean };

let lexicon: CompiledLexicon | undefined;

export function textTerms(text: string): Term[] {
  lexicon ??= compileLexicon(DOMAIN_LEXICON);
  const out: Term[] = [];
  for (const t of knowledgeTokens(text, lexicon)) {
    if (t.kind === "c") out.push({ term: t.term.slice(2).toUpperCase(), code: true });
    else if (t.kind === "w") {
      const w = t.term.slice(2);
      if (/^\p{Script=Han}$/u.test(w) || /^\d+$/.test(w) || w.length < 2) continue;
      // jieba's search mode gives a compound and its parts; after synonyms they may repeat.
      if (out.at(-1)?.term !== w) out.push({ term: w, code: false });
    }
  }
  return out;
}

/** Two neighbouring terms, where neither is a part of the other (jieba's search mode overlaps). */
export function phrasesOf(terms: readonly Term[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = (terms[i] as Term).term;
    const b = (terms[i + 1] as Term).term;
    if (a === b || a.includes(b) || b.includes(a)) continue;
    out.push(/\p{Script=Han}/u.test(a + b) ? `${a}${b}` : `${a} ${b}`);
  }
  return out;
}
