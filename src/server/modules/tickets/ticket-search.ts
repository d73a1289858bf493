import { and, arrayContains, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../platform/db/client.js";
import { tickets } from "./tickets.tables.js";

// Ticket search: `q` finds tickets whose subject or description contains it (case-insensitive
// substring, as ILIKE '%q%'), or whose service order number is exactly q.
//
// A substring scan reads every ticket (579 ms at 1 M). pg_trgm does not help the common case:
// Chinese has no spaces, the usual query is two characters (冰箱, 漏水, 噪音), pg_trgm cannot use
// its index below three characters, and whether it sees CJK characters at all depends on the
// database's LC_CTYPE. So tickets carry their own tokens, as CJK bigram analyzers do:
//   - a run of CJK characters (ideographs, kana, hangul) gives every character and every pair;
//   - a run of Latin letters and digits (a "word") gives its trigrams, or itself when shorter.
// Before splitting, ASCII and full-width letters are lowercased and full-width digits narrowed,
// one character at a time, with a fixed table (no locale); every other character separates. One
// character at a time, and folding at least what ILIKE equates on any locale, so a text that
// contains q also contains the folded q and therefore all of q's tokens.
//
// The document side is computed by PostgreSQL: text_search_tokens() (migration
// 0011_ticket_search_tokens.sql) fills the stored generated column tickets.search_tokens, so the
// migration backfills existing rows and every insert or update path keeps the tokens right without
// knowing about them (computing them in the app would need every writer, bulk loader and restore
// to remember; an expression index instead of a column would recompute them for every row of a
// lossy bitmap page). documentTokens() below is its mirror (the integration test compares them);
// changing one means a migration that replaces the function and recomputes the column.
//
// The query side picks tokens every ticket containing q must have: its CJK pairs (or the single
// character), the trigrams of its words, and a word shorter than three only when q has a separator
// on both sides of it (otherwise q may hold just the end or start of a longer word). The index
// finds the candidates (`search_tokens @> query tokens`, GIN) and ILIKE keeps the exact meaning;
// a query with no usable token (one or two Latin letters, punctuation) falls back to ILIKE alone.

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
function tokenIsExact(q: string): boolean {
  const chars = [...q];
  return chars.length <= 2 && chars.every((c) => isCjk(c.codePointAt(0) ?? 0));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

type SearchColumns = Record<"number" | "subject" | "description" | "searchTokens", AnyPgColumn>;

// The WHERE condition for `q`, shared by the ticket list and saved views (over `tickets`, or over
// a subquery with the same columns).
export function ticketSearchCondition(q: string, t: SearchColumns = tickets): SQL | undefined {
  const like = `%${escapeLike(q)}%`;
  const substring = or(ilike(t.subject, like), ilike(t.description, like));
  const tokens = queryTokens(q);
  if (tokens.length === 0) return or(eq(t.number, q), substring);
  const indexed = arrayContains(t.searchTokens, tokens);
  return or(eq(t.number, q), tokenIsExact(q) ? indexed : and(indexed, substring));
}

const PROBE_ROWS = 2000;

// One page of a search in a created-at order, for a query whose match count the planner cannot
// estimate: it prices `search_tokens @> …` as if the tokens were independent and ILIKE as rare,
// so a phrase of common pairs (冰箱冷藏: 冰箱, 箱冷, 冷藏 — in 1 ticket in 6 at 1 M) looks rare and
// gets the index, which hands over all 167 k matches to be sorted; and a query the index cannot
// serve looks common enough to walk the created_at index, which reads all of it when nothing
// matches. So: first the newest PROBE_ROWS tickets of the list (a common query's page is there),
// then, if that was not a page, every match collected (OFFSET 0 keeps the planner from walking
// the created_at index for them) and sorted. Null when the sort is another one or the query is a
// single token (1–2 CJK characters), whose frequency the planner knows: it chooses well itself.
export async function searchPage(
  db: Db,
  where: SQL | undefined,
  q: string,
  sort: string,
  limit: number,
): Promise<string[] | null> {
  if (tokenIsExact(q) || (sort !== "created_desc" && sort !== "created_asc")) return null;
  const order = sort === "created_asc" ? asc : desc;
  const recent = db
    .select({
      id: tickets.id,
      createdAt: tickets.createdAt,
      number: tickets.number,
      subject: tickets.subject,
      description: tickets.description,
      searchTokens: tickets.searchTokens,
    })
    .from(tickets)
    .where(where)
    .orderBy(order(tickets.createdAt), order(tickets.id))
    .limit(PROBE_ROWS)
    .as("recent");
  const newest = await db
    .select({ id: recent.id })
    .from(recent)
    .where(ticketSearchCondition(q, recent))
    .orderBy(order(recent.createdAt), order(recent.id))
    .limit(limit);
  if (newest.length >= limit) return newest.map((r) => r.id);
  const all = (await db.execute(allMatches(where, q, sort, limit))) as unknown as { rows: { id: string }[] };
  return all.rows.map((r) => r.id);
}

// Every match of a search, sorted: OFFSET 0 makes the inner query a planning fence.
export function allMatches(where: SQL | undefined, q: string, sort: string, limit: number): SQL {
  const dir = sql.raw(sort === "created_asc" ? "asc" : "desc");
  return sql`select id from (select ${tickets.id} as id, ${tickets.createdAt} as created_at from ${tickets}
    where ${and(where, ticketSearchCondition(q))} offset 0) matches
    order by created_at ${dir}, id ${dir} limit ${limit}`;
}
