import { createHash, randomBytes } from "node:crypto";

export type TokenKind = "session" | "api_key";

const PREFIX: Record<TokenKind, string> = { session: "acs_", api_key: "ack_" };

export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString("base64url");
}

// Only this digest is stored; a leaked database does not leak usable tokens.
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
