import { date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

// A customer's claim to own a unit, with the invoice that proves it. Nothing becomes the
// customer's unit until staff have looked at the invoice (closes serial squatting): a claim on a
// serial someone else holds waits here flagged as a conflict and never moves the unit.
export const unitRegistrations = pgTable(
  "unit_registrations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    serial: text("serial").notNull(),
    productId: text("product_id").notNull(),
    purchasedAt: date("purchased_at", { mode: "string" }).notNull(),
    // pending_review → approved | rejected
    status: text("status").notNull(),
    // The serial was already registered to another customer when the claim came in (staff only).
    conflictCustomerId: text("conflict_customer_id"),
    invoiceName: text("invoice_name").notNull(),
    invoiceType: text("invoice_type").notNull(),
    invoiceSize: integer("invoice_size").notNull(),
    invoiceKey: text("invoice_key"),
    rejectReason: text("reject_reason"),
    reviewedBy: text("reviewed_by"),
    reviewedAt: tstz("reviewed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("unit_registrations_tenant_status_idx").on(t.tenantId, t.status, t.createdAt),
    index("unit_registrations_tenant_customer_idx").on(t.tenantId, t.customerId),
  ],
);

// An owner's offer to hand a unit to someone known by e-mail or phone. The unit stays the owner's
// until a customer with that address accepts, so the owner's answer is the same whether the
// address belongs to a customer or not (no customer-existence oracle). Matched by address when
// accepted: someone who signs up later with that address can still accept.
export const unitTransferOffers = pgTable(
  "unit_transfer_offers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    unitId: text("unit_id").notNull(),
    serial: text("serial").notNull(),
    fromCustomerId: text("from_customer_id").notNull(),
    // Lower-cased e-mail and the phone's digits, as customers' contacts are compared.
    email: text("email"),
    phoneDigits: text("phone_digits"),
    // pending → accepted | cancelled
    status: text("status").notNull(),
    acceptedBy: text("accepted_by"),
    decidedAt: tstz("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("unit_transfer_offers_tenant_from_idx").on(t.tenantId, t.fromCustomerId),
    index("unit_transfer_offers_tenant_email_idx").on(t.tenantId, t.email),
    index("unit_transfer_offers_tenant_phone_idx").on(t.tenantId, t.phoneDigits),
  ],
);
