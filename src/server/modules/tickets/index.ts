export { autoCloseJob } from "./jobs/auto-close.js";
export { registerTicketRoutes } from "./tickets.routes.js";
export { attachments, ticketCounters, ticketEvents, ticketMessages, tickets } from "./tickets.tables.js";
export { addMessage } from "./use-cases/add-message.js";
export { createTicket } from "./use-cases/create-ticket.js";
export { transitionTicket } from "./use-cases/transition-ticket.js";
export { updateTicket } from "./use-cases/update-ticket.js";
