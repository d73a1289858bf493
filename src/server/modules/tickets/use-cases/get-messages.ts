import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toAttachmentDto } from "../ticket-views.js";
import { findAttachmentsForTicket, listMessages } from "../tickets.repository.js";
import { visibleTicket } from "./visible-ticket.js";

export async function getMessages(s: Services, actor: Actor, ref: string) {
  const ticket = await visibleTicket(s, actor, ref);
  const staff = isStaff(actor.role);
  const [rows, attachments] = await Promise.all([
    listMessages(s.db, actor.tenantId, ticket.id, staff),
    findAttachmentsForTicket(s.db, actor.tenantId, ticket.id),
  ]);
  return rows.map(({ message: m, authorName, authorRole }) => ({
    id: m.id,
    body: m.body,
    bodyHtml: m.bodyHtml,
    visibility: m.visibility,
    channel: m.channel,
    authorId: m.authorId,
    authorName,
    authorRole,
    from: m.fromAddress,
    createdAt: m.createdAt.toISOString(),
    attachments: attachments.filter((a) => a.messageId === m.id).map(toAttachmentDto),
  }));
}
