import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { checkAttachment, normaliseContentType, safeFileName } from "../attachment-policy.js";
import { toAttachmentDto } from "../ticket-views.js";
import {
  findAttachment,
  findMessage,
  findTicket,
  insertAttachment,
  ticketVisibility,
} from "../tickets.repository.js";

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

// An attachment is as visible as what it hangs on: a pending upload only to its uploader,
// a ticket's to whoever sees the ticket, an internal note's only to staff.
export async function downloadAttachment(s: Services, actor: Actor, id: string) {
  const row = await findAttachment(s.db, actor.tenantId, id);
  if (!row) throw new AppError("attachment.not_found");
  if (!row.ticketId) {
    if (row.uploaderId !== actor.userId) throw new AppError("attachment.not_found");
  } else {
    const ticket = await findTicket(s.db, actor.tenantId, row.ticketId, ticketVisibility(actor));
    if (!ticket) throw new AppError("attachment.not_found");
    if (row.messageId && !isStaff(actor.role)) {
      const message = await findMessage(s.db, actor.tenantId, row.messageId);
      if (message?.visibility !== "public") throw new AppError("attachment.not_found");
    }
  }
  if (!row.storageKey) throw new AppError("attachment.erased");
  return { meta: row, bytes: await s.files.get(row.storageKey) };
}
