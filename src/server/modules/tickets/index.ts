export { checkAttachment, normaliseContentType, safeFileName } from "./attachment-policy.js";
export { type AgentChanges, applyAgentChanges } from "./commands/apply-agent-changes.js";
export { applySla, type SlaEvent } from "./commands/apply-sla.js";
export { applyTriggerActions, type TriggerActions } from "./commands/apply-trigger-actions.js";
export { assignTicket, assignTickets } from "./commands/assign-ticket.js";
export { escalateBySla } from "./commands/escalate-by-sla.js";
export {
  type CallbackSettlement,
  recordCallback,
} from "./commands/record-callback.js";
export {
  type ComplaintTicketEvent,
  escalateComplaint,
  recordComplaintStep,
} from "./commands/record-complaint-step.js";
export { recordKnowledgeStep } from "./commands/record-knowledge-step.js";
export { type RmaTicketEvent, recordRmaStep } from "./commands/record-rma-step.js";
export { recordVisitStep, type VisitTicketEvent } from "./commands/record-visit-step.js";
export { resolveAfterVisit } from "./commands/resolve-after-visit.js";
export { setTicketNode } from "./commands/set-ticket-node.js";
export { isOpenStatus } from "./lifecycle.js";
export {
  attachmentKeysInUse,
  closedTicketsToErase,
  customerTicketIds,
  eraseTicketData,
  exportTicketData,
  purgeOldAttachments,
} from "./personal-data/ticket-personal-data.js";
export { provideResolveCheck } from "./steps/resolve-checks.js";
export {
  lockQueuedTickets,
  type QueueCursor,
  type TicketWithContext,
  ticketWithContext,
} from "./ticket-context.js";
export { AssignedEvent, originOf, TICKET_EVENTS } from "./ticket-events.js";
export { TICKET_CHANGED, type TicketChanged } from "./ticket-history.js";
export { ticketSearchCondition } from "./ticket-search.js";
export { ticketsModule } from "./tickets.module.js";
export { ticketsView, ticketViewColumns } from "./tickets.read-model.js";
export {
  findMessage,
  findMessages,
  findTicket,
  listCustomerTickets,
  listMessagesOfTickets,
  type MessageRow,
  type TicketRow,
  ticketVisibility,
} from "./tickets.repository.js";
export { addChannelMessage } from "./use-cases/add-channel-message.js";
export { addMessage } from "./use-cases/add-message.js";
export { attachChannelFile } from "./use-cases/attach-channel-file.js";
export { createTicket } from "./use-cases/create-ticket.js";
export { getMessages } from "./use-cases/get-messages.js";
export { getTicket } from "./use-cases/get-ticket.js";
export { openTicketFromChannel, takeTicketNumber } from "./use-cases/open-ticket-from-channel.js";
export {
  type ChannelTicketWithMessage,
  openTicketsWithMessage,
} from "./use-cases/open-tickets-with-message.js";
export { transitionTicket } from "./use-cases/transition-ticket.js";
export { updateTicket } from "./use-cases/update-ticket.js";
