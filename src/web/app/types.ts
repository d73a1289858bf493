// Shapes of the REST API as the web app reads them: the server's response schemas in src/shared/api
// (types only), gathered here for the screens. Enumerations come from src/shared so both sides agree on every value.

import type { Customer } from "../../shared/api/customers";
import type { Product, Unit } from "../../shared/api/products";
import type { SlaPolicy, SlaTarget, TicketSla } from "../../shared/api/sla";
import type { Outlet, Tenant } from "../../shared/api/tenancy";
import type { Attachment, Message, TicketDetail, TicketEvent, TicketSummary } from "../../shared/api/tickets";
import type { User } from "../../shared/api/users";
import {
  TICKET_ACTIONS as ACTIONS,
  CHANNELS,
  type Channel,
  PRIORITIES,
  type Priority,
  type SlaState,
  TICKET_STATUSES as STATUSES,
  CUSTOMER_TIERS as TIERS,
  type TicketAction,
  type TicketStatus,
  type TicketType,
  type CustomerTier as Tier,
  type WarrantyStatus,
} from "../../shared/domain";
import type { Locale } from "../../shared/i18n/locale";
import { ROLES, type Role, STAFF_ROLES } from "../../shared/roles";

export type {
  Channel,
  Locale,
  Priority,
  Role,
  SlaState,
  TicketAction,
  TicketStatus,
  TicketType,
  Tier,
  WarrantyStatus,
};
export { ACTIONS, CHANNELS, PRIORITIES, ROLES, STAFF_ROLES, STATUSES, TIERS };

export type Page<T> = { items: T[]; nextCursor: string | null; total?: number };

export type { Attachment, Customer, Outlet, Product, Tenant, Unit, User };

export const OPEN_STATUSES: readonly TicketStatus[] = STATUSES.filter(
  (s) => s !== "resolved" && s !== "closed",
);

// Display order for pickers: what customers ask for most comes first.
export const TICKET_TYPES = [
  "repair",
  "installation",
  "consultation",
  "support",
  "return",
  "exchange",
  "refund",
  "delivery",
  "complaint",
  "suggestion",
] as const satisfies readonly TicketType[];

// A ticket as GET /tickets/{ref} answers it, and as lists answer it (with the customer's name and
// tier); the server's response schemas, as types.
export type Ticket = TicketDetail;
export type TicketListItem = TicketSummary & { allowedActions?: TicketAction[] };
export type { Message, SlaPolicy, SlaTarget, TicketEvent, TicketSla };

export const isStaff = (role: Role | undefined): boolean =>
  role !== undefined && (STAFF_ROLES as readonly Role[]).includes(role);
