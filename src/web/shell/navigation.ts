import type { ParseKeys } from "i18next";
import type { Role } from "../app/types";

// Domains in the order the side menu shows them; a group appears once it has an entry for the role.
const NAV_GROUPS = [
  "service",
  "field",
  "warranty",
  "parts",
  "knowledge",
  "customers",
  "insights",
  "people",
  "admin",
] as const;
type NavGroup = (typeof NAV_GROUPS)[number];

export type NavIcon =
  | "queue"
  | "chat"
  | "rma"
  | "newTicket"
  | "load"
  | "myWork"
  | "dispatch"
  | "review"
  | "customers"
  | "units"
  | "products"
  | "monitor"
  | "users"
  | "teams"
  | "sla"
  | "calendar"
  | "mail"
  | "key"
  | "webhook"
  | "routing"
  | "trigger"
  | "macro"
  | "audit"
  | "settings";

export type NavEntry = {
  key: string;
  group: NavGroup;
  path: string;
  labelKey: ParseKeys;
  icon: NavIcon;
  roles: readonly Role[];
};

const DESK = ["agent", "supervisor", "admin"] as const;
const LEADS = ["supervisor", "admin"] as const;
const ADMIN = ["admin"] as const;
const AUDIT_READERS = ["admin", "auditor"] as const;
// Whose work is scored, and their leads: scorecards, service stars, coaching.
const SCORED = ["agent", "technician", "supervisor", "admin"] as const;

// Each web module contributes its screens here; a new module adds its own list and spreads it below.
const serviceDesk: NavEntry[] = [
  {
    key: "queue",
    group: "service",
    path: "/console",
    labelKey: "shell.nav.queue",
    icon: "queue",
    roles: DESK,
  },
  {
    key: "newTicket",
    group: "service",
    path: "/console/new",
    labelKey: "nav.newTicket",
    icon: "newTicket",
    roles: DESK,
  },
  {
    key: "load",
    group: "service",
    path: "/console/load",
    labelKey: "routing.nav.load",
    icon: "load",
    roles: LEADS,
  },
  {
    key: "chat",
    group: "service",
    path: "/console/chat",
    labelKey: "chat.nav",
    icon: "chat",
    roles: DESK,
  },
  {
    key: "callbacks",
    group: "service",
    path: "/console/callbacks",
    labelKey: "callbacks.nav",
    icon: "review",
    roles: DESK,
  },
  {
    key: "review",
    group: "service",
    path: "/console/review",
    labelKey: "shell.nav.review",
    icon: "review",
    roles: ["qa"],
  },
];

const fieldService: NavEntry[] = [
  {
    key: "myWork",
    group: "field",
    path: "/console/my-work",
    labelKey: "shell.nav.myWork",
    icon: "myWork",
    roles: ["technician"],
  },
  {
    key: "coverage",
    group: "field",
    path: "/admin/coverage",
    labelKey: "field.coverage.nav",
    icon: "units",
    roles: ADMIN,
  },
  {
    key: "dispatch",
    group: "field",
    path: "/console/dispatch",
    labelKey: "shell.nav.dispatch",
    icon: "dispatch",
    roles: LEADS,
  },
];

const customers: NavEntry[] = [
  {
    key: "customerLookup",
    group: "customers",
    path: "/console/customers",
    labelKey: "desk.customers.nav",
    icon: "customers",
    roles: DESK,
  },
  {
    key: "customers",
    group: "customers",
    path: "/admin/customers",
    labelKey: "admin.customers",
    icon: "customers",
    roles: ADMIN,
  },
  {
    key: "units",
    group: "customers",
    path: "/admin/units",
    labelKey: "admin.units",
    icon: "units",
    roles: ADMIN,
  },
  {
    key: "loyaltySettings",
    group: "customers",
    path: "/admin/loyalty",
    labelKey: "loyalty.nav.settings",
    icon: "settings",
    roles: ADMIN,
  },
];

const complaints: NavEntry[] = [
  {
    key: "complaints",
    group: "service",
    path: "/console/complaints",
    labelKey: "complaints.nav",
    icon: "review",
    roles: ["agent", "supervisor", "admin", "technician", "qa"],
  },
];

const warranty: NavEntry[] = [
  {
    key: "rmas",
    group: "warranty",
    path: "/console/rmas",
    labelKey: "sanbao.nav.rmas",
    icon: "rma",
    roles: ["agent", "supervisor", "admin", "technician", "qa"],
  },
  {
    key: "registrations",
    group: "warranty",
    path: "/console/registrations",
    labelKey: "registration.nav",
    icon: "units",
    roles: ["agent", "supervisor", "admin"],
  },
  {
    key: "warrantySettings",
    group: "warranty",
    path: "/admin/warranty",
    labelKey: "sanbao.nav.settings",
    icon: "settings",
    roles: ADMIN,
  },
  {
    key: "products",
    group: "warranty",
    path: "/admin/products",
    labelKey: "admin.products",
    icon: "products",
    roles: ADMIN,
  },
  {
    key: "productUpdates",
    group: "warranty",
    path: "/admin/product-updates",
    labelKey: "productUpdates.nav",
    icon: "products",
    roles: ADMIN,
  },
];

const spareParts: NavEntry[] = [
  {
    key: "partsStock",
    group: "parts",
    path: "/console/parts",
    labelKey: "parts.nav.stock",
    icon: "products",
    roles: ["agent", "supervisor", "admin", "technician", "qa"],
  },
  {
    key: "partsTransfers",
    group: "parts",
    path: "/console/parts-transfers",
    labelKey: "parts.nav.transfers",
    icon: "routing",
    roles: ["supervisor", "admin", "technician"],
  },
  {
    key: "oldParts",
    group: "parts",
    path: "/console/old-parts",
    labelKey: "parts.nav.oldParts",
    icon: "rma",
    roles: ["supervisor", "admin", "technician"],
  },
  {
    key: "purchaseList",
    group: "parts",
    path: "/console/purchase-list",
    labelKey: "parts.nav.purchase",
    icon: "review",
    roles: LEADS,
  },
  {
    key: "partsDemand",
    group: "parts",
    path: "/console/parts-demand",
    labelKey: "partsDemand.nav",
    icon: "monitor",
    roles: LEADS,
  },
];

const insights: NavEntry[] = [
  {
    key: "analytics",
    group: "insights",
    path: "/console/analytics",
    labelKey: "analytics.nav.dashboard",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "forecast",
    group: "insights",
    path: "/console/forecast",
    labelKey: "forecast.nav",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "anomalies",
    group: "insights",
    path: "/console/anomalies",
    labelKey: "forecast.anomaly.nav",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "customerInsight",
    group: "insights",
    path: "/console/customer-insight",
    labelKey: "insight.nav",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "alerts",
    group: "insights",
    path: "/console/alerts",
    labelKey: "alerts.nav.alerts",
    icon: "monitor",
    roles: ["admin", "supervisor", "qa"],
  },
  {
    key: "qualityBatches",
    group: "insights",
    path: "/console/quality-batches",
    labelKey: "alerts.nav.batches",
    icon: "review",
    roles: ["admin", "supervisor", "qa"],
  },
  {
    key: "reviewReports",
    group: "insights",
    path: "/console/review-reports",
    labelKey: "analytics.nav.reviews",
    icon: "review",
    roles: LEADS,
  },
  {
    key: "reports",
    group: "insights",
    path: "/console/reports",
    labelKey: "analytics.nav.reports",
    icon: "review",
    roles: ["admin", "supervisor", "agent", "technician", "qa"],
  },
  {
    key: "myNumbers",
    group: "insights",
    path: "/console/my-numbers",
    labelKey: "analytics.nav.mine",
    icon: "review",
    roles: ["agent", "technician", "qa"],
  },
  {
    key: "sla",
    group: "insights",
    path: "/console/sla",
    labelKey: "sla.nav.monitor",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "surveys",
    group: "insights",
    path: "/console/surveys",
    labelKey: "surveys.nav",
    icon: "review",
    roles: LEADS,
  },
  {
    key: "surveyBuilder",
    group: "insights",
    path: "/console/surveys/builder",
    labelKey: "surveys.builder.nav",
    icon: "macro",
    roles: LEADS,
  },
  {
    key: "improvementBacklog",
    group: "insights",
    path: "/console/improvement",
    labelKey: "improvement.nav.backlog",
    icon: "review",
    roles: ["agent", "qa", "supervisor", "admin"],
  },
  {
    key: "improvementPlan",
    group: "insights",
    path: "/console/improvement/plan",
    labelKey: "improvement.nav.plan",
    icon: "calendar",
    roles: LEADS,
  },
  {
    key: "vocAlerts",
    group: "insights",
    path: "/console/voc-alerts",
    labelKey: "callbacks.alerts.nav",
    icon: "monitor",
    roles: LEADS,
  },
  {
    key: "callbackSettings",
    group: "insights",
    path: "/admin/callbacks",
    labelKey: "callbacks.settingsNav",
    icon: "settings",
    roles: ADMIN,
  },
];

const people: NavEntry[] = [
  {
    key: "users",
    group: "people",
    path: "/admin/users",
    labelKey: "admin.users",
    icon: "users",
    roles: ADMIN,
  },
  {
    key: "teams",
    group: "people",
    path: "/admin/teams",
    labelKey: "shell.nav.teams",
    icon: "teams",
    roles: ADMIN,
  },
  {
    key: "skills",
    group: "people",
    path: "/admin/skills",
    labelKey: "skills.title",
    icon: "teams",
    roles: ADMIN,
  },
  {
    key: "scorecards",
    group: "people",
    path: "/console/scorecards",
    labelKey: "scorecards.nav.scorecards",
    icon: "review",
    roles: SCORED,
  },
  {
    key: "serviceAwards",
    group: "people",
    path: "/console/service-awards",
    labelKey: "scorecards.nav.awards",
    icon: "review",
    roles: SCORED,
  },
  {
    key: "coaching",
    group: "people",
    path: "/console/coaching",
    labelKey: "scorecards.nav.coaching",
    icon: "users",
    roles: SCORED,
  },
];

// Training, exams, certifications and contests: every staff role learns and sits exams.
const STAFF_PEOPLE = ["agent", "supervisor", "admin", "technician", "qa"] as const;
const training: NavEntry[] = [
  {
    key: "training",
    group: "people",
    path: "/console/training",
    labelKey: "people.nav.training",
    icon: "review",
    roles: STAFF_PEOPLE,
  },
  {
    key: "exams",
    group: "people",
    path: "/console/exams",
    labelKey: "people.nav.exams",
    icon: "myWork",
    roles: STAFF_PEOPLE,
  },
  {
    key: "certifications",
    group: "people",
    path: "/console/certifications",
    labelKey: "people.nav.certifications",
    icon: "key",
    roles: STAFF_PEOPLE,
  },
  {
    key: "contests",
    group: "people",
    path: "/console/contests",
    labelKey: "people.nav.contests",
    icon: "monitor",
    roles: STAFF_PEOPLE,
  },
];

const administration: NavEntry[] = [
  {
    key: "slaPolicies",
    group: "admin",
    path: "/admin/sla-policies",
    labelKey: "sla.nav.policies",
    icon: "sla",
    roles: ADMIN,
  },
  {
    key: "calendars",
    group: "admin",
    path: "/admin/calendars",
    labelKey: "sla.nav.calendars",
    icon: "calendar",
    roles: ADMIN,
  },
  {
    key: "routingSettings",
    group: "admin",
    path: "/admin/routing",
    labelKey: "shell.nav.routing",
    icon: "routing",
    roles: ADMIN,
  },
  {
    key: "triggers",
    group: "admin",
    path: "/console/triggers",
    labelKey: "routing.nav.triggers",
    icon: "trigger",
    roles: ADMIN,
  },
  {
    key: "macros",
    group: "admin",
    path: "/console/macros",
    labelKey: "routing.nav.macros",
    icon: "macro",
    roles: LEADS,
  },
  {
    key: "mailboxes",
    group: "admin",
    path: "/admin/mailboxes",
    labelKey: "shell.nav.mailboxes",
    icon: "mail",
    roles: ADMIN,
  },
  {
    key: "apiKeys",
    group: "admin",
    path: "/admin/api-keys",
    labelKey: "shell.nav.apiKeys",
    icon: "key",
    roles: ADMIN,
  },
  {
    key: "webhooks",
    group: "admin",
    path: "/admin/webhooks",
    labelKey: "shell.nav.webhooks",
    icon: "webhook",
    roles: ADMIN,
  },
  {
    key: "audit",
    group: "admin",
    path: "/admin/audit",
    labelKey: "shell.nav.audit",
    icon: "audit",
    roles: AUDIT_READERS,
  },
  {
    key: "wechat",
    group: "admin",
    path: "/admin/wechat",
    labelKey: "wechatAdmin.nav",
    icon: "chat",
    roles: ADMIN,
  },
  {
    key: "tenant",
    group: "admin",
    path: "/admin/tenant",
    labelKey: "admin.tenant",
    icon: "settings",
    roles: ADMIN,
  },
];

const knowledge: NavEntry[] = [
  {
    key: "kb",
    group: "knowledge",
    path: "/console/kb",
    labelKey: "knowledge.nav.articles",
    icon: "macro",
    roles: DESK,
  },
  {
    key: "sops",
    group: "knowledge",
    path: "/console/kb/sops",
    labelKey: "kbDesk.nav.sops",
    icon: "macro",
    roles: DESK,
  },
  {
    key: "kbGaps",
    group: "knowledge",
    path: "/console/kb/gaps",
    labelKey: "kbGaps.nav",
    icon: "review",
    roles: DESK,
  },
];

export const NAVIGATION: readonly NavEntry[] = [
  ...serviceDesk,
  ...complaints,
  ...fieldService,
  ...warranty,
  ...spareParts,
  ...knowledge,
  ...customers,
  ...insights,
  ...people,
  ...training,
  ...administration,
];

export const entriesFor = (role: Role, all: readonly NavEntry[] = NAVIGATION): NavEntry[] =>
  all.filter((e) => e.roles.includes(role));

// Menu groups in domain order, each with the role's entries; empty groups are left out.
export function groupsFor(role: Role, all: readonly NavEntry[] = NAVIGATION) {
  const mine = entriesFor(role, all);
  return NAV_GROUPS.map((group) => ({ group, entries: mine.filter((e) => e.group === group) })).filter(
    (g) => g.entries.length > 0,
  );
}

// The entry whose path is the longest prefix of the location (so /console/tickets/x lights up the queue).
export function matchEntry(entries: readonly NavEntry[], pathname: string): NavEntry | undefined {
  return entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

// Where each role starts: its own work, never someone else's queue.
export const ROLE_HOME: Record<Role, string> = {
  agent: "/console",
  supervisor: "/console/load",
  admin: "/admin",
  technician: "/console/my-work",
  qa: "/console/review",
  customer: "/portal",
  dealer: "/dealer",
  auditor: "/admin/audit",
};
