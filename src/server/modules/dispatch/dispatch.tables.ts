import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

// A proposed (and later applied) plan for one network node's day, kept as data: what the optimiser
// proposed, the before/after figures the planner compared, and a fingerprint of the visits it was
// computed from, so applying a plan whose visits changed since is refused (409).
export const dispatchPlans = pgTable(
  "dispatch_plans",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    nodeId: text("node_id").notNull(),
    /** the local date (tenant time zone) planned, YYYY-MM-DD */
    day: text("day").notNull(),
    /** proposed → applied (or stale, when found outdated at apply) */
    status: text("status").notNull(),
    fingerprint: text("fingerprint").notNull(),
    /** the answer the planner saw: before/after, routes, moves, unplanned */
    proposal: jsonb("proposal").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    appliedAt: tstz("applied_at"),
    appliedBy: text("applied_by"),
  },
  (t) => [index("dispatch_plans_tenant_node_day_idx").on(t.tenantId, t.nodeId, t.day)],
);
