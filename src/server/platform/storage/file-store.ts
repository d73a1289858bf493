import { createHash } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { newId } from "../ids.js";

export type StoredFile = { key: string; sha256: string; size: number };

// Attachments on local disk under the data dir, addressed by tenant and content hash.
export class FileStore {
  // Directories known to exist (a tenant's 256 hash prefixes at most): a mail storm stores
  // thousands of files, each would otherwise ask the file system to create its directory again.
  private readonly dirs = new Set<string>();

  constructor(private readonly root: string) {}

  async put(tenantId: string, bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const key = path.posix.join(safeSegment(tenantId), sha256.slice(0, 2), sha256);
    const file = this.resolve(key);
    const dir = path.dirname(file);
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.dirs.add(dir);
    }
    // Write then rename: a crash never leaves a half-written file under the final name.
    const temp = `${file}.${newId("tmp")}`;
    try {
      await writeFile(temp, bytes);
    } catch (err) {
      // The directory was removed since (the data dir wiped under a running process): make it again.
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      await mkdir(dir, { recursive: true });
      await writeFile(temp, bytes);
    }
    await rename(temp, file);
    return { key, sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.resolve(key));
  }

  // For erasure: the caller has checked that no row refers to the key any more (content-addressed
  // files are shared by identical uploads). A file already gone is fine.
  async delete(key: string): Promise<void> {
    try {
      await unlink(this.resolve(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }

  private resolve(key: string): string {
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep))
      throw new Error("storage key escapes the store");
    return full;
  }
}

function safeSegment(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, "_");
}
