export { registerChannelRoutes } from "./channels.routes.js";
export { emailMessages, mailboxes, outboundMessages } from "./channels.tables.js";
export { pollMailbox, startImapPoller } from "./imap-poller.js";
export { type SmtpListener, startSmtpListener } from "./smtp-listener.js";
export { ingestMail } from "./use-cases/ingest-mail.js";
export { notifyAgents } from "./use-cases/notify-agents.js";
export { notifyCustomerJob, onTicketChanged } from "./use-cases/notify-customer.js";
export { verifyRequestJob } from "./use-cases/public-request.js";
