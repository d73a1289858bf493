import type { EmailMessageRow } from "../channels.repository.js";

export type IngestResult = {
  ticketId: string | null;
  ticketNumber: string | null;
  created: boolean;
  messageId: string | null;
  ignored?: "auto_reply" | "bounce" | "unknown_sender";
  duplicate?: boolean;
};

export function resultOf(row: EmailMessageRow, ticketNumber: string | null, created: boolean): IngestResult {
  if (row.ignored)
    return {
      ticketId: null,
      ticketNumber: null,
      created: false,
      messageId: null,
      ignored: row.ignored as IngestResult["ignored"],
    };
  return { ticketId: row.ticketId, ticketNumber, created, messageId: row.ticketMessageId };
}
