import { type SQL, sql } from "drizzle-orm";

// Whom an erasure is about, as the patterns that find them in free text and JSON: the name as
// written, the e-mail in any case, the phone in any of the forms people write it (spaces, dashes,
// dots, parentheses, a +86 / 0086 prefix). PostgreSQL regular expressions (ARE), matched
// case-insensitively.
export type PersonalPatterns = { patterns: string[]; pseudonym: string };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

export function personalPatterns(
  who: { name?: string | null; email?: string | null; phone?: string | null },
  pseudonym: string,
): PersonalPatterns {
  const patterns: string[] = [];
  const name = who.name?.trim();
  // A one-letter name would match everywhere; such a name is erased from its own fields only.
  if (name && [...name].length >= 2) patterns.push(escapeRegex(name));
  const email = who.email?.trim();
  if (email) patterns.push(escapeRegex(email));
  let digits = (who.phone ?? "").replace(/\D/g, "");
  digits = digits.replace(/^(00)?86(1\d{10})$/, "$2");
  if (digits.length >= 6) patterns.push(`(\\+?(00)?86[-\\s.()]*)?${[...digits].join("[-\\s.()]*")}`);
  return { patterns, pseudonym };
}

// `column` (text) with every pattern replaced by the pseudonym.
export function scrubbedText(column: SQL | unknown, p: PersonalPatterns): SQL {
  let expr: SQL = sql`${column}`;
  for (const pattern of p.patterns) expr = sql`regexp_replace(${expr}, ${pattern}, ${p.pseudonym}, 'gi')`;
  return expr;
}

// The same for a jsonb column: the pseudonym holds no quote or backslash, so replacing inside the
// JSON text keeps it valid JSON.
export function scrubbedJson(column: SQL | unknown, p: PersonalPatterns): SQL {
  return sql`(${scrubbedText(sql`${column}::text`, p)})::jsonb`;
}

// True when the column's text holds any of the patterns.
export function mentions(column: SQL | unknown, p: PersonalPatterns): SQL {
  if (p.patterns.length === 0) return sql`false`;
  return sql`(${column})::text ~* ${p.patterns.join("|")}`;
}

// The text a customer wrote, once erased.
export const ERASED_TEXT = "[erased]";
