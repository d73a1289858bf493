// Search tokens, shared by tickets, customers and units (their stored search_tokens columns are
// text_search_tokens() of migration 0011; see tickets/ticket-search.ts for the why). documentTokens()
// mirrors that SQL function; queryTokens() picks the tokens every text containing q must have.
//
// Why CJK bigrams (plus Latin trigrams) and not pg_trgm or a word segmenter: these tokens serve
// *substring* search (does the ticket contain q?), not ranking. A text containing a 2-character
// Chinese query (冰箱, 漏水) always holds that pair as a token, so the pair alone is an exact match;
// pg_trgm cannot use its index below 3 characters, and which characters it sees depends on the
// database's LC_CTYPE. A segmenter would miss substrings that cross its word boundaries. Word
// segmentation (jieba) for relevance ranking in the knowledge base belongs beside this file in
// platform/text, as a separate tokeniser; it must not replace this one.

const CJK_RANGES: [number, number][] = [
  [0x3040, 0x30ff], // hiragana, katakana
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7af], // hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff66, 0xff9f], // half-width katakana
  [0x20000, 0x2ffff], // CJK extensions B–F, compatibility supplement
];

const isCjk = (cp: number) => CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

// The same table as translate() in text_search_tokens(): A–Z, Ａ–Ｚ, ａ–ｚ, ０–９, and the two
// non-ASCII letters whose lowercase is ASCII (KELVIN SIGN → k, İ → i).
function fold(cp: number): number {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  if (cp >= 0xff21 && cp <= 0xff3a) return cp - 0xff21 + 0x61;
  if (cp >= 0xff41 && cp <= 0xff5a) return cp - 0xff41 + 0x61;
  if (cp >= 0xff10 && cp <= 0xff19) return cp - 0xff10 + 0x30;
  if (cp === 0x212a) return 0x6b;
  if (cp === 0x130) return 0x69;
  return cp;
}

const isWordChar = (cp: number) => (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);

type Run = { kind: "word" | "cjk"; chars: string[]; start: number; end: number };

// Maximal runs of word characters and of CJK characters, in code points, with their positions.
function runs(text: string): { runs: Run[]; length: number } {
  const out: Run[] = [];
  let current: Run | undefined;
  let i = 0;
  for (const ch of text) {
    const cp = fold(ch.codePointAt(0) ?? 0);
    const kind = isWordChar(cp) ? "word" : isCjk(cp) ? "cjk" : null;
    if (kind && current?.kind === kind) {
      current.chars.push(String.fromCodePoint(cp));
      current.end = i + 1;
    } else {
      current = kind ? { kind, chars: [String.fromCodePoint(cp)], start: i, end: i + 1 } : undefined;
      if (current) out.push(current);
    }
    i++;
  }
  return { runs: out, length: i };
}

const grams = (chars: string[], n: number) =>
  chars.length < n ? [] : chars.slice(0, chars.length - n + 1).map((_, i) => chars.slice(i, i + n).join(""));

// The tokens PostgreSQL stores for a text (subject || ' ' || description).
export function documentTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of runs(text).runs) {
    const found =
      run.kind === "cjk"
        ? [...run.chars, ...grams(run.chars, 2)]
        : run.chars.length < 3
          ? [run.chars.join("")]
          : grams(run.chars, 3);
    for (const t of found) tokens.add(t);
  }
  return [...tokens];
}

// Tokens every text containing q (case-insensitively) has; empty when q has none to offer.
export function queryTokens(q: string): string[] {
  const { runs: found, length } = runs(q);
  const tokens = new Set<string>();
  for (const run of found) {
    let picked: string[] = [];
    if (run.kind === "cjk") picked = run.chars.length === 1 ? run.chars : grams(run.chars, 2);
    else if (run.chars.length >= 3) picked = grams(run.chars, 3);
    else if (run.start > 0 && run.end < length) picked = [run.chars.join("")];
    for (const t of picked) tokens.add(t);
  }
  return [...tokens];
}

// One or two CJK characters and nothing else: the token alone is exact (CJK has no case and
// folding leaves it as it is), so no ILIKE is needed, which also gives the planner the token's
// real frequency from the column statistics.
export function tokenIsExact(q: string): boolean {
  const chars = [...q];
  return chars.length <= 2 && chars.every((c) => isCjk(c.codePointAt(0) ?? 0));
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
