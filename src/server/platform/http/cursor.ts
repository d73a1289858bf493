import { AppError } from "../errors.js";

// Keyset cursors: the sort key of the last row, opaque to clients.
function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (!cursor) return null;
  const parts = tryDecode(cursor);
  if (!parts) throw new AppError("request.invalid_cursor");
  return parts;
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
