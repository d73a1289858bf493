// Knowledge-base tokens: ranking terms for help articles and the questions customers type.
//
// Unlike search-tokens.ts (substring matching for tickets), these tokens serve *relevance*: how
// customers write is not how articles are written. So a text becomes several kinds of terms:
// - `w:` words from jieba (search mode, with the domain dictionary), Latin words lightly stemmed,
//   every word mapped to its synonym group's canonical form (甩干 → 脱水) and English glossary
//   terms to their Chinese term (washer → 洗衣机), so a question in one language finds the other;
// - `c:` fault codes as exact tokens (E3, e-3, E03 → c:e3), never split or stemmed;
// - `p:` the pinyin of each Chinese word and `i:` its initials, so "xiyiji" or "xyj" (an input
//   method left in Latin mode) find 洗衣机, and `s:` pinyin of adjacent character pairs, so a
//   homophone slip (托水 for 脱水) still meets the right pair;
// - `b:` character bigrams of Chinese runs, a weak fallback for words the dictionary lacks.
// Every kind has its own weight in the query (see TOKEN_WEIGHTS), so a fallback never outranks a
// real word match.

import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import * as OpenCC from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

export type TokenKind = "w" | "c" | "p" | "i" | "s" | "b";

export const TOKEN_WEIGHTS: Record<TokenKind, number> = { w: 1, c: 2.5, p: 0.6, i: 0.4, s: 0.35, b: 0.2 };

export type Lexicon = {
  /** Domain words jieba must keep whole (product lines, parts, symptoms). */
  words: readonly string[];
  /** Groups of words meaning the same; the first is the canonical form. */
  synonyms: readonly (readonly string[])[];
  /** English word or phrase → Chinese term (lowercase English). */
  glossary: Readonly<Record<string, string>>;
  /** Words that say nothing about the topic (怎么办, how, my). */
  stopwords: readonly string[];
  /**
   * A verb → the word it stands for in a potential complement ("排不掉", "甩不起来": can't drain,
   * can't spin): 排 → 排水. Only that construction uses it; a lone 排 stays unknown.
   */
  potentialVerbs?: Readonly<Record<string, string>>;
  /** Dialect words → Mandarin (Cantonese 唔 → 不, 冇 → 没), replaced before segmentation. */
  dialect?: Readonly<Record<string, string>>;
  /** Constructions a dictionary word cannot hold (一会烫一会凉): a pattern → the word it means. */
  patterns?: readonly (readonly [string, string])[];
  /** Sound words (咚咚咚, 咣咣): a repeated character of `characters` means `word` (a noise). */
  sounds?: { characters: string; word: string };
  /**
   * Canonical product words and their weight in a question: the product sets the context (the
   * assistant prefers its articles), the other words say what is asked ("washer warranty").
   */
  products?: { words: readonly string[]; weight: number };
  /**
   * Canonical words naming what the customer asks the service to do (buy, install, return, an
   * invoice, the fee, the progress, another time) and their weight in a question: a question that
   * mentions a fault but asks for one of these is about the request ("空调不制冷 师傅上门多少钱").
   */
  requests?: { words: readonly string[]; weight: number };
  /**
   * Words whose meaning depends on the product asked about: canonical product word → { word →
   * meaning } (热 of an air conditioner is "not cooling"; of a water heater it is what it should be).
   */
  productSenses?: Readonly<Record<string, Readonly<Record<string, string>>>>;
};

export type CompiledLexicon = {
  canonical: Map<string, string>;
  phrases: [RegExp, string][];
  glossary: Map<string, string>;
  stopwords: Set<string>;
  potentialVerbs: Map<string, string>;
  patterns: [RegExp, string][];
  dialect: { pattern: RegExp; words: Map<string, string> } | null;
  sounds: RegExp | null;
  soundOnly: RegExp | null;
  soundWord: string;
  productSenses: Map<string, Map<string, string>>;
  products: Set<string>;
  productWeight: number;
  requests: Set<string>;
  requestWeight: number;
};

let jieba: Jieba | undefined;
const loadedWords = new Set<string>();

// One jieba per process (loading its dictionary takes ~0.3 s); domain words are added to it once.
function segmenter(words: Iterable<string>): Jieba {
  jieba ??= Jieba.withDict(dict);
  const fresh = [...words].filter((w) => /\p{Script=Han}/u.test(w) && !loadedWords.has(w));
  if (fresh.length > 0) {
    jieba.loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join("\n")));
    for (const w of fresh) loadedWords.add(w);
  }
  return jieba;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const canonical = new Map<string, string>();
  for (const group of lexicon.synonyms) {
    const head = group[0];
    if (!head) continue;
    for (const word of group) canonical.set(normalise(word), normalise(head));
  }
  const glossary = new Map<string, string>();
  const phrases: [RegExp, string][] = [];
  for (const [en, zh] of Object.entries(lexicon.glossary)) {
    const key = normalise(en);
    if (key.includes(" ")) phrases.push([new RegExp(`\\b${escapeRegExp(key)}\\b`, "g"), ` ${zh} `]);
    else glossary.set(key, zh);
  }
  // Longer phrases first: "washing machine drain" before "washing machine".
  phrases.sort((a, b) => b[0].source.length - a[0].source.length);
  // Stop words too: jieba would split 要不要 into 要 + 不要 and leave a topic-looking 不要.
  const hanWords = [
    ...lexicon.words,
    ...lexicon.synonyms.flat(),
    ...Object.values(lexicon.glossary),
    ...lexicon.stopwords.filter((w) => w.length > 1),
  ];
  segmenter(hanWords);
  return {
    canonical,
    phrases,
    glossary,
    stopwords: new Set(lexicon.stopwords.map(normalise)),
    potentialVerbs: new Map(Object.entries(lexicon.potentialVerbs ?? {})),
    dialect: dialectPattern(lexicon.dialect ?? {}),
    patterns: (lexicon.patterns ?? []).map(([p, word]) => [new RegExp(p, "u"), word]),
    sounds: lexicon.sounds ? new RegExp(`([${lexicon.sounds.characters}])\\1`, "u") : null,
    soundOnly: lexicon.sounds ? new RegExp(`^[${lexicon.sounds.characters}]+$`, "u") : null,
    soundWord: lexicon.sounds?.word ?? "",
    products: new Set(lexicon.products?.words ?? []),
    productWeight: lexicon.products?.weight ?? 1,
    requests: new Set(lexicon.requests?.words ?? []),
    requestWeight: lexicon.requests?.weight ?? 1,
    productSenses: new Map(
      Object.entries(lexicon.productSenses ?? {}).map(([product, senses]) => [
        product,
        new Map(Object.entries(senses)),
      ]),
    ),
  };
}

// NFKC folds full-width letters and digits (Ｅ３ → E3); lowercase for Latin.
// Traditional characters (Hong Kong and Taiwan customers) are read as simplified, as articles are
// indexed: 熱水器 is 热水器. Built on first use.
let traditional: ((s: string) => string) | undefined;
function toSimplified(s: string): string {
  if (!/\p{Script=Han}/u.test(s)) return s;
  traditional ??= (() => {
    const tw = OpenCC.Converter({ from: "tw", to: "cn" });
    const hk = OpenCC.Converter({ from: "hk", to: "cn" });
    return (t: string) => hk(tw(t));
  })();
  return traditional(s);
}

const normalise = (s: string) => toSimplified(s.normalize("NFKC").toLowerCase());

function dialectPattern(words: Readonly<Record<string, string>>): CompiledLexicon["dialect"] {
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return null;
  return {
    pattern: new RegExp(keys.map(escapeRegExp).join("|"), "gu"),
    words: new Map(Object.entries(words)),
  };
}

// A fault code: one or two letters then one to three digits, standing alone or next to Chinese
// ("甩干时E3"), with an optional hyphen or space inside ("E-3"); leading zeros do not count.
const FAULT_CODE = /(?<![a-z0-9])([a-z]{1,2})[-\s]?0*(\d{1,3})(?![a-z0-9])/g;
const HAN_RUN = /\p{Script=Han}+/gu;
// Verb + 不 + result or direction complement: "cannot V" (排不掉, 甩不起来, 点不着, 放不出去).
const POTENTIAL =
  /(\p{Script=Han})不(?:出去|出来|下去|下来|进去|进来|起来|上来|掉|走|动|了|着|干|上|住|好|去|来)/gu;
const LATIN_WORD = /[a-z][a-z0-9']*|\d+/g;

/** The fault codes of a text as their terms (E-03 → c:e3), without reading anything else of it. */
export function faultCodeTerms(text: string): string[] {
  return [...text.normalize("NFKC").toLowerCase().matchAll(FAULT_CODE)].map((m) => `c:${m[1]}${m[2]}`);
}

// Enough English stemming for "leaking/leaks/leaked" to meet "leak"; not a full Porter stemmer.
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      if (suffix === "es" && !/(sh|ch|x|ss|z)$/.test(base)) return word.slice(0, -1);
      return suffix === "ing" || suffix === "ed" ? base.replace(/(.)\1$/, "$1") : base;
    }
  }
  return word;
}

function pinyinOf(chars: string): string[] {
  return pinyin(chars, { toneType: "none", type: "array", v: true }).map((p) => p.toLowerCase());
}

/** `weight`: a multiplier of the kind's weight in a question (Lexicon.products and Lexicon.requests). */
export type Token = { term: string; kind: TokenKind; weight?: number };

// The terms of a text, in order, with repeats (term frequency matters to BM25).
// A question (`forQuery`) also forgives English typos of glossary words ("warrenty", "invoce").
export function knowledgeTokens(text: string, lexicon: CompiledLexicon, forQuery = false): Token[] {
  const out: Token[] = [];
  const normalised = normalise(text);
  let rest = normalised;
  const dialect = lexicon.dialect;
  if (dialect) rest = rest.replace(dialect.pattern, (w) => dialect.words.get(w) ?? w);
  rest = rest.replace(FAULT_CODE, (_m, letters: string, digits: string) => {
    out.push({ term: `c:${letters}${digits}`, kind: "c" });
    return " ";
  });
  for (const [pattern, zh] of lexicon.phrases) rest = rest.replace(pattern, zh);
  const word = (w: string) => {
    const canon = lexicon.canonical.get(w) ?? w;
    if (!lexicon.stopwords.has(canon)) out.push({ term: `w:${canon}`, kind: "w", ...questionWeight(canon) });
  };
  // A question's product words weigh as context, its request words as what is asked.
  const questionWeight = (canon: string) => {
    if (!forQuery) return {};
    if (lexicon.products.has(canon)) return { weight: lexicon.productWeight };
    return lexicon.requests.has(canon) ? { weight: lexicon.requestWeight } : {};
  };
  // Latin words: glossary to Chinese, else stemmed; every one also as possible pinyin.
  for (const m of rest.replace(HAN_RUN, " ").matchAll(LATIN_WORD)) {
    const w = m[0];
    if (lexicon.stopwords.has(w)) continue;
    const zh =
      lexicon.glossary.get(w) ??
      lexicon.glossary.get(stem(w)) ??
      (forQuery ? nearGlossary(w, lexicon) : undefined);
    if (zh) {
      rest += ` ${zh} `;
      continue;
    }
    word(stem(w));
    if (/^[a-z]{2,}$/.test(w)) out.push({ term: `p:${w}`, kind: "p" }, { term: `i:${w}`, kind: "i" });
  }
  const seg = segmenter([]);
  for (const m of rest.matchAll(HAN_RUN)) {
    const run = m[0];
    // Jieba leaves these as unknown words or single characters; the verb still names the topic.
    for (const p of run.matchAll(POTENTIAL)) {
      const topic = lexicon.potentialVerbs.get(p[1] ?? "");
      if (topic) word(topic);
    }
    for (const [pattern, meaning] of lexicon.patterns) if (pattern.test(run)) word(meaning);
    const sound = lexicon.sounds?.test(run) ?? false;
    if (sound) word(lexicon.soundWord);
    // Search mode adds the shorter words inside a long one (滚筒洗衣机 → 洗衣机); a stop word's
    // insides are no topic either (要不要 → 不要), so only other words are split further.
    const words = seg
      .cut(run, true)
      .filter((w) => !lexicon.stopwords.has(lexicon.canonical.get(w) ?? w))
      .flatMap((w) => (w.length > 2 ? seg.cutForSearch(w, true) : [w]));
    for (const w of words) {
      if (!/\p{Script=Han}/u.test(w)) continue;
      // The sound itself has been read as the noise it names.
      if (sound && lexicon.soundOnly?.test(w)) continue;
      word(w);
      const canon = lexicon.canonical.get(w) ?? w;
      if (w.length >= 2 && !lexicon.stopwords.has(canon)) pushPinyin(out, w, questionWeight(canon));
      // A synonym counts as much as its canonical word: that word's pinyin and pairs too (到哪了 →
      // 进度 also brings jindu and 进度's pair), as an article spelling it out would have them.
      if (canon !== w && /^\p{Script=Han}{2,}$/u.test(canon) && !lexicon.stopwords.has(canon)) {
        pushPinyin(out, canon, questionWeight(canon));
        pushPairs(out, canon);
      }
    }
    const chars = [...run];
    const syllables = pinyinOf(run);
    // Pairs touching a stop word (怎么办, 的) say nothing about the topic either.
    const stop: boolean[] = [];
    for (const w of seg.cut(run, true)) {
      const isStop = lexicon.stopwords.has(lexicon.canonical.get(w) ?? w);
      for (const _ of w) stop.push(isStop);
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      if (stop[i] || stop[i + 1]) continue;
      out.push({ term: `b:${chars[i]}${chars[i + 1]}`, kind: "b" });
      out.push({ term: `s:${syllables[i]}_${syllables[i + 1]}`, kind: "s" });
    }
  }
  return forQuery ? withProductSenses(out, normalised, lexicon) : out;
}

// A question's words read in the sense of the product it names (articles are left as written);
// a fault word negated just before is not that fault (不热, 不至热: a typo of 不制热 is the opposite).
function withProductSenses(tokens: Token[], text: string, lexicon: CompiledLexicon): Token[] {
  const senses = tokens.flatMap((t) => {
    const s = t.kind === "w" ? lexicon.productSenses.get(t.term.slice(2)) : undefined;
    return s ? [s] : [];
  });
  if (senses.length !== 1) return tokens;
  const sense = senses[0];
  return tokens.map((t) => {
    const word = t.term.slice(2);
    const meaning = t.kind === "w" ? sense?.get(word) : undefined;
    // A fault meaning (不制冷) is not meant when negated; a topic (清洗 for 没洗) still is.
    if (!meaning || (meaning.startsWith("不") && negated(text, word))) return t;
    return { term: `w:${meaning}`, kind: "w" };
  });
}

const negated = (text: string, word: string) => {
  const at = text.indexOf(word);
  return at >= 0 && /[不没无]/.test(text.slice(Math.max(0, at - 2), at));
};

function pushPinyin(out: Token[], word: string, weight: { weight?: number }): void {
  const syllables = pinyinOf(word);
  out.push(
    { term: `p:${syllables.join("")}`, kind: "p", ...weight },
    { term: `i:${syllables.map((s) => s[0]).join("")}`, kind: "i", ...weight },
  );
}

function pushPairs(out: Token[], word: string): void {
  const chars = [...word];
  const syllables = pinyinOf(word);
  for (let i = 0; i + 1 < chars.length; i++) {
    out.push({ term: `b:${chars[i]}${chars[i + 1]}`, kind: "b" });
    out.push({ term: `s:${syllables[i]}_${syllables[i + 1]}`, kind: "s" });
  }
}

function nearGlossary(word: string, lexicon: CompiledLexicon): string | undefined {
  if (word.length < 5) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  // Typos rarely change a word's first letter; without that rule "changing" would read as "banging".
  for (const [en, zh] of lexicon.glossary)
    if (en.length >= 5 && en[0] === word[0] && withinEdits(word, en, max)) return zh;
  return undefined;
}

// Edit distance with an early exit: only "is it within max?" matters for typo tolerance.
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}
