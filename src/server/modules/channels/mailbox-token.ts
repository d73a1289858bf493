// Mailbox inbound tokens are stored as SHA-256 hashes, compared in constant time.
import { createHash } from "node:crypto";

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
