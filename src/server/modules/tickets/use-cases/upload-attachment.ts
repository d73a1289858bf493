import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { checkAttachment, normaliseContentType, safeFileName } from "../attachment-policy.js";
import { toAttachmentDto } from "../ticket-views.js";
import { insertAttachment } from "../tickets.repository.js";

export async function uploadAttachment(s: Services, actor: Actor, file: File) {
  const contentType = normaliseContentType(file.type || "application/octet-stream");
  if (file.size > s.config.maxUploadBytes)
    throw new AppError("attachment.too_large", {
      limit: `${Math.round(s.config.maxUploadBytes / 1048576)} MB`,
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkAttachment(contentType, bytes);
  if (!check.ok) throw new AppError("attachment.type_not_allowed", { type: contentType });
  const stored = await s.files.put(actor.tenantId, bytes);
  const row = await insertAttachment(s.db, {
    id: newId("att"),
    tenantId: actor.tenantId,
    uploaderId: actor.userId,
    name: safeFileName(file.name),
    size: stored.size,
    contentType,
    sha256: stored.sha256,
    storageKey: stored.key,
    createdAt: s.clock.now(),
  });
  return toAttachmentDto(row);
}
