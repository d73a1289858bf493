import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { checkAttachment, normaliseContentType, safeFileName } from "../attachment-policy.js";
import { insertAttachment } from "../tickets.repository.js";

export type ChannelFile = { id?: string; name: string; contentType: string; bytes: Uint8Array };

// Files that came with a mail are kept, never dropped; a type we would not accept as an upload
// is stored as an opaque download so no browser renders it.
export async function attachChannelFile(
  tx: Db,
  s: Services,
  target: { tenantId: string; ticketId: string; messageId: string },
  file: ChannelFile,
) {
  return insertAttachment(tx, await channelFileRow(s, target, file));
}

// Stores the file's bytes and returns its attachment row, for the caller to insert (alone or with others).
export async function channelFileRow(
  s: Services,
  target: { tenantId: string; ticketId: string; messageId: string },
  file: ChannelFile,
) {
  const declared = normaliseContentType(file.contentType) || "application/octet-stream";
  const contentType = checkAttachment(declared, file.bytes).ok ? declared : "application/octet-stream";
  const stored = await s.files.put(target.tenantId, file.bytes);
  return {
    id: file.id ?? newId("att"),
    tenantId: target.tenantId,
    ticketId: target.ticketId,
    messageId: target.messageId,
    uploaderId: null,
    name: safeFileName(file.name),
    size: stored.size,
    contentType,
    sha256: stored.sha256,
    storageKey: stored.key,
    createdAt: s.clock.now(),
  };
}
