// Ticket statuses in which an SLA clock can still matter (SQL list for the raw report queries).
export const OPEN = `('new','assigned','in_progress','pending_customer','pending_parts','pending_third_party')`;
