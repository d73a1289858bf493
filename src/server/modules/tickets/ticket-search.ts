import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  like,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../platform/db/client.js";
import { escapeLike, queryTokens, tokenIsExact } from "../../platform/text/search-tokens.js";
import { customerSearchCondition, customers } from "../customers/index.js";
import { products, units } from "../products/index.js";
import { tickets } from "./tickets.tables.js";

// Ticket search: `q` finds tickets whose subject or description contains it (case-insensitive
// substring, as ILIKE '%q%'), or whose service order number is exactly q or a part of it
// (000142, SO-2026-0001), or whose customer (name, e-mail, phone in any written form), unit serial
// or product name matches q (see relatedCondition).
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

// The tokenizer itself is shared with customer and unit search: platform/text/search-tokens.ts.
export { documentTokens, queryTokens } from "../../platform/text/search-tokens.js";

type SearchColumns = Record<
  "number" | "subject" | "description" | "searchTokens" | "customerId" | "unitId",
  AnyPgColumn
>;

// At most this many customers or units a query names are looked for in tickets (a broad product
// name such as 冰箱 names every unit of that product: the newest ones are taken).
const RELATED_LIMIT = 1000;

const FIRST_NUMBER_YEAR = 2015;

// Service-order numbers (SO-2026-000142) a partial number stands for: the sequence alone in any
// year (000142 or 142), or a prefix with the year (SO-2026-0001 → SO-2026-000100 … 000199). Each is
// an index lookup on (tenant_id, number), never a scan.
function numberCondition(q: string, t: SearchColumns): SQL | undefined {
  const s = q.trim().toUpperCase();
  if (/^\d{3,6}$/.test(s)) {
    const last = new Date().getUTCFullYear() + 1;
    const years = Array.from({ length: last - FIRST_NUMBER_YEAR + 1 }, (_, i) => FIRST_NUMBER_YEAR + i);
    return inArray(
      t.number,
      years.map((y) => `SO-${y}-${s.padStart(6, "0")}`),
    );
  }
  const m = /^SO-?(\d{4})(?:-(\d{0,6}))?$/.exec(s);
  if (!m) return undefined;
  const prefix = m[2] ? `SO-${m[1]}-${m[2]}` : `SO-${m[1]}`;
  if (m[2]?.length === 6) return eq(t.number, prefix);
  // Numbers share one layout, so [prefix, prefix with its last digit + 1) holds exactly the numbers
  // starting with prefix under any collation; LIKE keeps the meaning exact. A last digit 9 has no
  // such bound: LIKE alone (still within the tenant).
  const lastDigit = Number(prefix.at(-1));
  const starts = like(t.number, `${prefix}%`);
  if (lastDigit === 9) return starts;
  return and(gte(t.number, prefix), lt(t.number, `${prefix.slice(0, -1)}${lastDigit + 1}`), starts);
}

// Tickets of the customers q names, and of the units whose serial or product name contains q:
// customers, units and products are searched first by their own indexes (small next to tickets),
// and their ids become `customer_id = any(…)` conditions, served by tickets_tenant_customer_idx,
// instead of joining every ticket to its customer and unit.
// A query with no usable token (one or two letters, punctuation) looks only at the ticket's own
// text: "v" would otherwise bring every ticket of every customer with a "v" in their e-mail.
function relatedCondition(q: string, t: SearchColumns, tenantId: string): SQL | undefined {
  if (queryTokens(q).length === 0) return undefined;
  const customerIds = sql`array(select ${customers.id} from ${customers}
    where ${and(eq(customers.tenantId, tenantId), customerSearchCondition(q))} limit ${RELATED_LIMIT})`;
  const arms: SQL[] = [sql`${t.customerId} = any(${customerIds})`];
  const tokens = queryTokens(q);
  const text = `%${escapeLike(q)}%`;
  const serial = and(arrayContains(units.searchTokens, tokens), ilike(units.serial, text));
  const product = sql`${units.productId} in (select ${products.id} from ${products}
    where ${and(eq(products.tenantId, tenantId), or(ilike(products.name, text), ilike(products.nameEn, text)))})`;
  const matching = and(eq(units.tenantId, tenantId), or(serial, product));
  const unitIds = sql`array(select ${units.id} from ${units} where ${matching}
    order by ${units.id} desc limit ${RELATED_LIMIT})`;
  const ownerIds = sql`array(select ${units.customerId} from ${units} where ${matching}
    order by ${units.id} desc limit ${RELATED_LIMIT})`;
  // The owner condition lets the customer index find the unit's tickets.
  arms.push(sql`(${t.customerId} = any(${ownerIds}) and ${t.unitId} = any(${unitIds}))`);
  return or(...arms);
}

// The WHERE condition for `q`, shared by the ticket list and saved views (over `tickets`, or over
// a subquery with the same columns). With the tenant, q also finds tickets by customer, unit and
// product (relatedCondition).
export function ticketSearchCondition(
  q: string,
  t: SearchColumns = tickets,
  tenantId?: string,
): SQL | undefined {
  const like = `%${escapeLike(q)}%`;
  const substring = or(ilike(t.subject, like), ilike(t.description, like));
  const tokens = queryTokens(q);
  const number = or(eq(t.number, q), numberCondition(q, t));
  const related = tenantId ? relatedCondition(q, t, tenantId) : undefined;
  if (tokens.length === 0) return or(number, substring, related);
  const indexed = arrayContains(t.searchTokens, tokens);
  return or(number, tokenIsExact(q) ? indexed : and(indexed, substring), related);
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
  tenantId?: string,
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
      customerId: tickets.customerId,
      unitId: tickets.unitId,
    })
    .from(tickets)
    .where(where)
    .orderBy(order(tickets.createdAt), order(tickets.id))
    .limit(PROBE_ROWS)
    .as("recent");
  const newest = await db
    .select({ id: recent.id })
    .from(recent)
    .where(ticketSearchCondition(q, recent, tenantId))
    .orderBy(order(recent.createdAt), order(recent.id))
    .limit(limit);
  if (newest.length >= limit) return newest.map((r) => r.id);
  const all = (await db.execute(allMatches(where, q, sort, limit, tenantId))) as unknown as {
    rows: { id: string }[];
  };
  return all.rows.map((r) => r.id);
}

// Every match of a search, sorted: OFFSET 0 makes the inner query a planning fence.
export function allMatches(
  where: SQL | undefined,
  q: string,
  sort: string,
  limit: number,
  tenantId?: string,
): SQL {
  const dir = sql.raw(sort === "created_asc" ? "asc" : "desc");
  return sql`select id from (select ${tickets.id} as id, ${tickets.createdAt} as created_at from ${tickets}
    where ${and(where, ticketSearchCondition(q, tickets, tenantId))} offset 0) matches
    order by created_at ${dir}, id ${dir} limit ${limit}`;
}
