// Retention rules a tenant may set (months; null keeps the data). The lower bounds keep what a
// warranty claim or a complaint may still need; the upper bound is ten years.
export const RETENTION_BOUNDS = {
  closedTicketMonths: { min: 6, max: 120 },
  attachmentMonths: { min: 3, max: 120 },
} as const;

export type RetentionSettings = {
  // Personal data of tickets closed longer ago than this is erased (their text, the customer's
  // messages and files; the customer's name, e-mail and phone elsewhere on the ticket).
  closedTicketMonths: number | null;
  // Attachment contents of tickets closed longer ago than this are deleted.
  attachmentMonths: number | null;
};
