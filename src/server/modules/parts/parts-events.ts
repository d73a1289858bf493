import { defineDomainEvent } from "../../platform/events.js";

// A ticket's reserved parts were used or given back (a reservation settled), inside the change's
// transaction: analytics re-reads the ticket's parts measures (parts used, their cost). Emitted by
// parts, subscribed by analytics, so parts imports no reader of its own data.
export type TicketPartsChanged = { tenantId: string; ticketId: string; at: Date };

export const TICKET_PARTS_CHANGED = defineDomainEvent<TicketPartsChanged>("parts.ticket_parts_changed");
