export { autoCloseJob } from "./jobs/auto-close.js";
export { isOpenStatus, statusAfterAssignment } from "./lifecycle.js";
export {
  recordTicketChange,
  TICKET_CHANGED,
  type TicketChanged,
  type TicketEventInput,
} from "./ticket-history.js";
export { ticketSearchCondition } from "./ticket-search.js";
export {
  findTicket,
  insertMessage,
  setTicketSla,
  type TicketRow,
  ticketColumns,
  ticketVisibility,
  updateTicketRow,
} from "./tickets.repository.js";
export { registerTicketRoutes } from "./tickets.routes.js";
export { attachments, ticketMessages, tickets } from "./tickets.tables.js";
export { addMessage } from "./use-cases/add-message.js";
export {
  addChannelMessage,
  attachChannelFile,
  openTicketFromChannel,
} from "./use-cases/channel-intake.js";
export { createTicket } from "./use-cases/create-ticket.js";
export { getTicket } from "./use-cases/read-tickets.js";
export { transitionTicket } from "./use-cases/transition-ticket.js";
export { updateTicket } from "./use-cases/update-ticket.js";
