import type { CustomerTier } from "../../../shared/domain.js";
import type { Actor } from "../../platform/http/actor.js";
import { actorKind, allowedActions } from "./lifecycle.js";
import type { AttachmentRow, TicketListRow, TicketRow } from "./tickets.repository.js";
import type { TAttachment, TTicket, TTicketDetail } from "./tickets.schemas.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toTicketDto(t: TicketRow): TTicket {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    description: t.description,
    type: t.type,
    priority: t.priority,
    status: t.status,
    channel: t.channel,
    customerId: t.customerId,
    unitSerial: t.unitSerial,
    warrantyStatus: t.warrantyStatus,
    assigneeId: t.assigneeId,
    teamId: t.teamId,
    outletId: t.outletId,
    reporterId: t.reporterId,
    escalationLevel: t.escalationLevel,
    tags: t.tags,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    firstRespondedAt: iso(t.firstRespondedAt),
    resolvedAt: iso(t.resolvedAt),
    closedAt: iso(t.closedAt),
    slaDueAt: iso(t.slaDueAt),
    slaState: t.slaState,
  };
}

export function toTicketListItem(r: TicketListRow): TTicket {
  return {
    ...toTicketDto(r.ticket),
    customerName: r.customerName ?? "",
    customerTier: (r.customerTier ?? "standard") as CustomerTier,
    assigneeName: r.assigneeName,
    assigneeRole: r.assigneeRole,
    productName: r.productName,
    productNameEn: r.productNameEn,
  };
}

export function toAttachmentDto(a: AttachmentRow): TAttachment {
  return { id: a.id, name: a.name, size: a.size, contentType: a.contentType, sha256: a.sha256 };
}

export function toTicketDetail(r: TicketListRow, actor: Actor, attachments: AttachmentRow[]): TTicketDetail {
  const t = r.ticket;
  const actions = allowedActions(
    { status: t.status, escalationLevel: t.escalationLevel },
    actorKind(actor.role),
  ).filter(
    (a): a is Exclude<typeof a, "auto_close" | "customer_reply"> =>
      a !== "auto_close" && a !== "customer_reply",
  );
  return {
    ...toTicketListItem(r),
    allowedActions: actions,
    customer: {
      id: t.customerId,
      name: r.customerName ?? "",
      tier: (r.customerTier ?? "standard") as CustomerTier,
    },
    assignee: t.assigneeId ? { id: t.assigneeId, name: r.assigneeName ?? "" } : null,
    attachments: attachments.filter((a) => a.messageId === null).map(toAttachmentDto),
  };
}
