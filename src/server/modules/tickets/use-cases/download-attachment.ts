import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findAttachment, findMessage, findTicket, ticketVisibility } from "../tickets.repository.js";

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
