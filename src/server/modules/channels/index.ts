export { channelsModule } from "./channels.module.js";
export { emailMessages, mailboxes, outboundMessages } from "./channels.tables.js";
export { type ImapPoller, pollMailbox, startImapPoller } from "./imap-poller.js";
export { type MessageSender, messageSenderFromEnv, webhookMessageSender } from "./message-sender.js";
export { type SmtpListener, startSmtpListener } from "./smtp-listener.js";
export { type IngestResult, ingestMail } from "./use-cases/ingest-mail.js";
export { notifyCustomerJob } from "./use-cases/notify-customer.js";
