import { OPEN_STATUSES } from "../../app/types";
import type { TicketQuery } from "../tickets/api";

export const VIEW_KEYS = [
  "mine",
  "unassigned",
  "allOpen",
  "dueSoon",
  "breached",
  "pendingCustomer",
  "resolved",
  "closed",
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

// Saved views of the agent console; each is just a ticket list query.
export const VIEWS: Record<ViewKey, TicketQuery> = {
  mine: { assigneeId: "me", status: OPEN_STATUSES },
  unassigned: { assigneeId: "none", status: OPEN_STATUSES },
  allOpen: { status: OPEN_STATUSES },
  dueSoon: { status: OPEN_STATUSES, slaState: ["warning"], sort: "sla_due" },
  breached: { status: OPEN_STATUSES, slaState: ["breached"], sort: "sla_due" },
  pendingCustomer: { status: ["pending_customer"] },
  resolved: { status: ["resolved"] },
  closed: { status: ["closed"] },
};

// The SLA views' names live in the SLA catalogue.
export const viewLabelKey = (k: ViewKey) =>
  k === "dueSoon" ? "sla.views.dueSoon" : k === "breached" ? "sla.views.breached" : (`views.${k}` as const);

export const isViewKey = (v: string | null): v is ViewKey =>
  v !== null && (VIEW_KEYS as readonly string[]).includes(v);
