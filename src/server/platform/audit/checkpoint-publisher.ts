import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";

// A checkpoint as published outside the database, with the leaf hashes it added since the
// previous one: a verifier holding these can name the first leaf the database changed.
export type PublishedCheckpoint = { note: string; from: number; leaves: string[] };

// Where signed checkpoints go once their batch has committed. The file implementation keeps an
// append-only log per tenant in the data directory; a witness (e-mail to an outside address,
// a transparency-log witness) is another implementation of the same interface.
export interface CheckpointPublisher {
  publish(tenantId: string, checkpoint: PublishedCheckpoint): Promise<void>;
  read(tenantId: string): Promise<PublishedCheckpoint[]>;
}

const fileName = (tenantId: string) => `${encodeURIComponent(tenantId).replace(/\./g, "%2E")}.log`;

// One JSON line per checkpoint in <dir>/<tenant>.log.
export function fileCheckpointPublisher(dir: string): CheckpointPublisher {
  return {
    async publish(tenantId, checkpoint) {
      await mkdir(dir, { recursive: true });
      await appendFile(path.join(dir, fileName(tenantId)), `${JSON.stringify(checkpoint)}\n`, {
        mode: 0o644,
      });
    },
    async read(tenantId) {
      let text: string;
      try {
        text = await readFile(path.join(dir, fileName(tenantId)), "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw err;
      }
      const out: PublishedCheckpoint[] = [];
      for (const line of text.split("\n")) {
        if (!line.trim()) continue;
        try {
          const c = JSON.parse(line) as PublishedCheckpoint;
          out.push({
            note: String(c.note),
            from: Number(c.from),
            leaves: Array.isArray(c.leaves) ? c.leaves.map(String) : [],
          });
        } catch {
          // A torn last line (crash mid-append) is skipped; its checkpoint is also in the database.
        }
      }
      return out;
    },
  };
}
