import { AppError } from "../errors.js";

// Keyset cursors: the sort key of the last row, opaque to clients.
function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export type CursorPart = "text" | "date";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

// A cursor must have exactly the parts the list's sort needs, each of the right kind: the values
// go into SQL comparisons, where a wrong one would fail in the database (a 500) instead of here.
export function decodeCursor(cursor: string | undefined, shape: CursorPart[] = ["text"]): string[] | null {
  if (!cursor) return null;
  const parts = tryDecode(cursor);
  if (!parts || parts.length !== shape.length || !parts.every((p, i) => fits(p, shape[i])))
    throw new AppError("request.invalid_cursor");
  return parts.map(String);
}

function fits(part: string | number, kind: CursorPart | undefined): boolean {
  if (typeof part !== "string" || part.length === 0 || part.length > 200 || part.includes("\u0000"))
    return false;
  if (kind === "date") return ISO_INSTANT.test(part) && !Number.isNaN(Date.parse(part));
  return kind === "text";
}

function tryDecode(cursor: string): (string | number)[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === "string" || typeof p === "number"))
      return parsed;
  } catch {
    // a malformed cursor is answered with request.invalid_cursor
  }
  return null;
}

// A page read with limit + 1 rows: the extra row only tells whether a next page exists.
export function keysetPage<R, T>(
  rows: R[],
  limit: number,
  cursorOf: (last: R) => (string | number)[],
  toItem: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
