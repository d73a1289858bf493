export { registerTicketRoutes } from "./tickets.routes.js";
export { autoCloseJob } from "./jobs/auto-close.js";
export { tickets, ticketEvents, ticketMessages, attachments, ticketCounters } from "./tickets.tables.js";
export { createTicket } from "./use-cases/create-ticket.js";
export { transitionTicket } from "./use-cases/transition-ticket.js";
export { addMessage } from "./use-cases/add-message.js";
export { updateTicket } from "./use-cases/update-ticket.js";
