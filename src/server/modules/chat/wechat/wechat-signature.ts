import { createHash, timingSafeEqual } from "node:crypto";

// The platform signs a callback with SHA-1 over its parts sorted as strings and joined without a
// separator: (token, timestamp, nonce) for the URL check and plaintext messages, plus the
// `Encrypt` field for safe mode (`msg_signature`).
export function callbackSignature(parts: readonly string[]): string {
  return createHash("sha1")
    .update([...parts].sort().join(""))
    .digest("hex");
}

// Constant time, and a signature of the wrong length or case is simply wrong.
export function signatureMatches(expected: string, given: string | undefined): boolean {
  if (!given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given.toLowerCase()));
}
