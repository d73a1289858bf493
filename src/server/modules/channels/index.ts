export { channelsModule } from "./channels.module.js";
export { emailMessages, mailboxes, outboundMessages } from "./channels.tables.js";
export { eraseChannelData, exportChannelData } from "./channels-personal-data.js";
export { pollMailbox, startImapPoller } from "./imap-poller.js";
export { type PlannedMail, sendPlannedMail } from "./mail/smtp-send.js";
export { messageSenderFromEnv } from "./message-sender.js";
export { type SmtpListener, startSmtpListener } from "./smtp-listener.js";
export { tenantSender } from "./tenant-sender.js";
export { ingestMail } from "./use-cases/ingest-mail.js";
export {
  notifyCustomerAboutVisit,
  notifyCustomerJob,
} from "./use-cases/notify-customer.js";
