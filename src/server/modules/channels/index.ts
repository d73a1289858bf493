export { registerChannelRoutes } from "./channels.routes.js";
export { emailMessages, mailboxes, outboundMessages } from "./channels.tables.js";
export { type SmtpListener, startSmtpListener } from "./smtp-listener.js";
export { type IngestResult, ingestMail } from "./use-cases/ingest-mail.js";
export { notifyCustomerJob, onTicketChanged } from "./use-cases/notify-customer.js";
