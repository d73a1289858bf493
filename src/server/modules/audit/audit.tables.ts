import { bigint, pgTable, text } from "drizzle-orm/pg-core";
import { tstz, updatedAt } from "../../platform/db/columns.js";

// Witness addresses per tenant: each new signed checkpoint is mailed to them (an outside copy a
// database administrator cannot reach), with the outcome of the last mail.
export const auditWitnesses = pgTable("audit_witnesses", {
  tenantId: text("tenant_id").primaryKey(),
  addresses: text("addresses").array().notNull(),
  lastSentSize: bigint("last_sent_size", { mode: "number" }),
  lastSentAt: tstz("last_sent_at"),
  lastError: text("last_error"),
  updatedAt: updatedAt(),
});
