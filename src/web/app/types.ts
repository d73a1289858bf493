// Shapes of the REST API as the web app reads them (docs/api-surface.md, shared/API.md).
// Enumerations come from src/shared so both sides agree on every value.
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

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenantId: string;
  customerId?: string | null;
  outletId?: string | null;
  locale?: Locale | null;
  timezone?: string | null;
  skills: string[];
  maxOpenTickets: number;
  active: boolean;
};

export type Tenant = {
  id: string;
  name: string;
  timezone: string;
  defaultLocale: Locale;
  autoCloseDays: number;
};

export type Page<T> = { items: T[]; nextCursor: string | null; total?: number };

export type Outlet = { id: string; name: string; region?: string | null };

export type Customer = {
  id: string;
  name: string;
  kind: "person" | "company";
  email?: string | null;
  phone?: string | null;
  tier: Tier;
  outletId?: string | null;
  createdAt: string;
  updatedAt: string;
};

export type Product = {
  id: string;
  sku: string;
  name: string;
  nameEn?: string | null;
  category?: string | null;
  warrantyMonths: number;
  skills: string[];
  createdAt: string;
};

export type Unit = {
  id: string;
  serial: string;
  productId: string;
  productSku: string;
  productName: string;
  productNameEn?: string | null;
  customerId: string;
  customerName?: string;
  purchasedAt: string;
  warrantyEndsAt: string;
  warranty: { status: WarrantyStatus; endsAt: string };
  createdAt: string;
};

export type Attachment = { id: string; name: string; size: number; contentType: string; sha256?: string };

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

export type Ticket = {
  id: string;
  number: string;
  subject: string;
  description: string;
  type: TicketType;
  priority: Priority;
  status: TicketStatus;
  channel: Channel;
  customerId: string;
  unitSerial?: string | null;
  warrantyStatus?: WarrantyStatus | null;
  assigneeId?: string | null;
  teamId?: string | null;
  escalationLevel: number;
  slaDueAt?: string | null;
  slaState?: SlaState | null;
  createdAt: string;
  updatedAt: string;
  firstRespondedAt?: string | null;
  resolvedAt?: string | null;
  closedAt?: string | null;
  tags: string[];
  outletId?: string | null;
  reporterId?: string | null;
  allowedActions: TicketAction[];
  customer?: { id: string; name: string; tier: Tier };
  assignee?: { id: string; name: string } | null;
  productName?: string | null;
  productNameEn?: string | null;
  attachments?: Attachment[];
};

export type TicketListItem = Omit<Ticket, "allowedActions" | "customer" | "assignee" | "attachments"> & {
  allowedActions?: TicketAction[];
  customerName: string;
  customerTier: Tier;
  assigneeName?: string | null;
};

export type Message = {
  id: string;
  body: string;
  visibility: "public" | "internal";
  channel: Channel;
  authorId?: string | null;
  authorName?: string | null;
  authorRole?: Role | null;
  from?: string | null;
  createdAt: string;
  attachments: Attachment[];
};

export type TicketEvent = {
  id: string;
  type: string;
  actorId?: string | null;
  actorName?: string | null;
  actorRole?: Role | null;
  data: Record<string, unknown>;
  createdAt: string;
};

type SlaMetric = "first_response" | "next_response" | "resolution";
export type SlaTarget = {
  metric: SlaMetric;
  dueAt: string | null;
  status: "running" | "paused" | "met" | "breached";
  elapsedBusinessMinutes: number;
  budgetMinutes: number;
  warnedAt?: string;
  breachedAt?: string;
  completedAt?: string;
};
export type SlaPolicy = {
  id: string;
  name: string;
  calendarId: string;
  match: { priority?: Priority; tier?: Tier; type?: TicketType };
  targets: { firstResponseMinutes: number; nextResponseMinutes?: number; resolutionMinutes: number };
  warnAtPercent: number;
  pauseOn: TicketStatus[];
  escalation: { level: number; afterMinutes: number; notifyRoles?: Role[]; assignTo?: string }[];
  goldenChannel: boolean;
  createdAt: string;
};
export type TicketSla = {
  policy: SlaPolicy | null;
  targets: SlaTarget[];
  pauses: { from: string; to?: string; status: string }[];
  escalations: {
    level: number;
    source: "policy" | "manual" | "golden";
    assignedTo: string | null;
    notifyRoles: string[];
    deadlineAt?: string;
    at: string;
  }[];
};

export const isStaff = (role: Role | undefined): boolean =>
  role !== undefined && (STAFF_ROLES as readonly Role[]).includes(role);
