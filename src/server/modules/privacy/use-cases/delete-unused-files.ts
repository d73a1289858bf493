import type { Services } from "../../../platform/context.js";
import { visitPhotoKeysInUse } from "../../field/index.js";
import { invoiceKeysInUse } from "../../registrations/index.js";
import { attachmentKeysInUse } from "../../tickets/index.js";

// After commit: deletes the stored files of `keys` that no row refers to any more. The store is
// addressed by content, so an attachment, visit photo or invoice with the same bytes keeps its file.
export async function deleteUnusedFiles(s: Services, tenantId: string, keys: string[], what: string) {
  const inUse = new Set([
    ...(await attachmentKeysInUse(s.db, tenantId, keys)),
    ...(await visitPhotoKeysInUse(s.db, tenantId, keys)),
    ...(await invoiceKeysInUse(s.db, tenantId, keys)),
  ]);
  for (const key of keys.filter((k) => !inUse.has(k)))
    await s.files.delete(key).catch((err) => s.logger.error({ err }, `${what}: a file could not be deleted`));
}
