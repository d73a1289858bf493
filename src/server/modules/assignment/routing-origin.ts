// Changes routing makes carry this origin, so its own TICKET_CHANGED is not routed again.
export const ROUTING_ORIGIN = "routing";
