import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// The service network: headquarters → regions → service centres / outlets (at most three tiers).
// `path` is the chain of ids from the root ("/hq/region/outlet/"), so a node's whole subtree is one
// prefix match: that is how data is scoped per level.
export const networkNodes = pgTable(
  "network_nodes",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    parentId: text("parent_id"),
    level: text("level").notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    partner: boolean("partner").notNull().default(false),
    path: text("path").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("network_nodes_tenant_path_idx").on(t.tenantId, t.path)],
);

// The node a staff member works for. Staff without a row work for headquarters (see everything).
export const networkStaff = pgTable(
  "network_staff",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    nodeId: text("node_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

// The administrative divisions a node serves (GB/T 2260 codes at any level: "31" is all of
// Shanghai). A customer is covered when some node's division is a prefix of their address's.
export const networkCoverage = pgTable(
  "network_coverage",
  {
    tenantId: tenantId(),
    nodeId: text("node_id").notNull(),
    divisionCode: text("division_code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.nodeId, t.divisionCode] })],
);

// A field technician: home node, skills, working days and shift (minutes after local midnight), van.
export const technicians = pgTable(
  "technicians",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    nodeId: text("node_id").notNull(),
    skills: text("skills").array().notNull(),
    workDays: integer("work_days").array().notNull(),
    shiftStart: integer("shift_start").notNull(),
    shiftEnd: integer("shift_end").notNull(),
    vanSite: text("van_site"),
    // Where the technician's day starts and ends (WGS-84), for the dispatch optimiser's travel.
    homeLat: real("home_lat"),
    homeLng: real("home_lng"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("technicians_tenant_node_idx").on(t.tenantId, t.nodeId),
  ],
);

export type ChecklistStep = { id: string; zh: string; en: string; required: boolean };
export type VisitChecklistStep = ChecklistStep & { done: boolean; doneAt: string | null };

export type VisitPhoto = {
  id: string;
  storageKey: string;
  contentType: "image/jpeg" | "image/png";
  size: number;
  takenAt: string;
};

// SOP checklist templates: per visit kind, for one product line (a skill) or for any ("").
export const checklistTemplates = pgTable(
  "checklist_templates",
  {
    tenantId: tenantId(),
    kind: text("kind").notNull(),
    productLine: text("product_line").notNull(),
    steps: jsonb("steps").notNull().$type<ChecklistStep[]>(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.productLine] })],
);

// A visit to the customer, created from a ticket; its window is booked from free slots.
export const visits = pgTable(
  "visits",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    ticketNumber: text("ticket_number").notNull(),
    customerId: text("customer_id").notNull(),
    nodeId: text("node_id").notNull(),
    nodePath: text("node_path").notNull(),
    kind: text("kind").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    address: text("address").notNull(),
    // The site's coordinates (WGS-84) when known: the dispatch optimiser's travel times need them.
    lat: real("lat"),
    lng: real("lng"),
    requiredSkills: text("required_skills").array().notNull(),
    windowStart: tstz("window_start"),
    windowEnd: tstz("window_end"),
    technicianId: text("technician_id"),
    // Planned arrival inside the window, set by a dispatch plan: it orders the technician's round.
    plannedStart: tstz("planned_start"),
    status: text("status").notNull(),
    checkedInAt: tstz("checked_in_at"),
    checkInLat: real("check_in_lat"),
    checkInLng: real("check_in_lng"),
    checkedOutAt: tstz("checked_out_at"),
    workNotes: text("work_notes"),
    parts: jsonb("parts").notNull().$type<{ partNo: string; name: string; qty: number }[]>(),
    signature: text("signature"),
    signedBy: text("signed_by"),
    signedAt: tstz("signed_at"),
    // The code of the report's public verification page (/r/{token}), given at check-out: 128
    // random bits, so a report can be checked by whoever holds it and by nobody else.
    reportToken: text("report_token"),
    // When the technician said they are on their way, the arrival the customer was told.
    etaAt: tstz("eta_at"),
    // The window start the day-before reminder went out for: once per booking, none after a move.
    remindedFor: tstz("reminded_for"),
    // The SOP checklist the visit carries (copied from its template when created), with what the
    // technician ticked: required steps must be done before check-out.
    checklist: jsonb("checklist").notNull().default([]).$type<VisitChecklistStep[]>(),
    // The customer's rating given on the technician's phone after signing: once per visit.
    rating: integer("rating"),
    ratingComment: text("rating_comment"),
    ratedAt: tstz("rated_at"),
    // A delivery's sign-off: what was handed over and in what state, confirmed by the customer's
    // signature; a delivery cannot be checked out without it.
    delivery: jsonb("delivery").$type<{
      model: string;
      quantity: number;
      condition: "intact" | "damaged";
      note: string | null;
      at: string;
    }>(),
    // Photos the technician took on site (JPEG/PNG, sniffed), stored in the file store by content
    // hash; shown on the visit and embedded in the service report.
    photos: jsonb("photos").notNull().default([]).$type<VisitPhoto[]>(),
    // A remote diagnosis's outcome, given at its check-out: solved remotely, or an on-site visit is
    // needed — then `followUpVisitId` is the on-site visit created from it.
    remoteOutcome: text("remote_outcome"),
    followUpVisitId: text("follow_up_visit_id"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("visits_tenant_path_idx").on(t.tenantId, t.nodePath),
    index("visits_tenant_tech_window_idx").on(t.tenantId, t.technicianId, t.windowStart),
    index("visits_tenant_ticket_idx").on(t.tenantId, t.ticketId),
    uniqueIndex("visits_report_token_idx").on(t.reportToken),
  ],
);

// A visit action sent under an Idempotency-Key (the phone app's offline queue resends with the
// same key): a replay finds its key here and changes nothing twice. Written in the action's own
// transaction, so a key exists exactly when its action was applied.
export const visitActionKeys = pgTable(
  "visit_action_keys",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    visitId: text("visit_id").notNull(),
    action: text("action").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId, t.key] })],
);

// A technician's certification for a skill (product line), valid from `issuedOn` through
// `expiresOn` (calendar dates). An expired one keeps them off visits needing that skill.
export const technicianCertifications = pgTable(
  "technician_certifications",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    skill: text("skill").notNull(),
    name: text("name").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    expiresOn: date("expires_on", { mode: "string" }).notNull(),
    // When the "expires within 30 days" reminder went out: it goes out once per certification.
    remindedAt: tstz("reminded_at"),
    createdAt: createdAt(),
  },
  (t) => [index("technician_certifications_tenant_user_idx").on(t.tenantId, t.userId)],
);
