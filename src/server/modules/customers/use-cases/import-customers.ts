import type { z } from "zod";
import { IMPORT_COLUMNS } from "../../../../shared/api/imports.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import type { ImportSpec } from "../../../platform/import/import-runner.js";
import { CUSTOMER_CHANGED } from "../customer-events.js";
import {
  contactPhoneDigits,
  findCustomerByContact,
  insertCustomer,
  updateCustomer,
} from "../customers.repository.js";
import { ZCreateCustomer } from "../customers.schemas.js";

const ZRow = ZCreateCustomer.pick({ name: true, kind: true, email: true, phone: true, tier: true });

type Row = z.infer<typeof ZRow>;

// Customers are found again by e-mail, else phone, so importing the same file twice changes
// nothing the second time; every write has its audit entry (customer.imported).
export function customerImport(s: Services, actor: Actor): ImportSpec<Row> {
  return {
    columns: IMPORT_COLUMNS.customers,
    required: ["name", "kind"],
    row: ZRow,
    key: (v) => v.email?.toLowerCase() ?? (v.phone ? contactPhoneDigits(v.phone) : null),
    keyRequired: "import.key_required",
    plan: async (db, v, r) => {
      const existing = await findCustomerByContact(db, actor.tenantId, v);
      const fields = {
        name: v.name,
        kind: v.kind,
        email: v.email ?? null,
        phone: v.phone ?? null,
        tier: v.tier ?? "standard",
      };
      if (!existing)
        return {
          action: "create",
          write: async (tx) => {
            const now = s.clock.now();
            const created = await insertCustomer(tx, {
              id: newId("cus"),
              tenantId: actor.tenantId,
              ...fields,
              outletId: null,
              preferredChannel: "email",
              locale: null,
              createdAt: now,
              updatedAt: now,
            });
            await appendAudit(tx, {
              tenantId: actor.tenantId,
              actorId: actor.userId,
              action: "customer.imported",
              entityType: "customer",
              entityId: created.id,
              data: { ...fields, row: r },
              at: now,
            });
          },
        };
      // Only what the sheet says: an e-mail or phone left empty keeps the one on file.
      const patch = {
        name: fields.name,
        kind: fields.kind,
        tier: fields.tier,
        ...(fields.email ? { email: fields.email } : {}),
        ...(fields.phone ? { phone: fields.phone } : {}),
      };
      const changed = Object.entries(patch).some(([k, val]) => existing[k as keyof typeof existing] !== val);
      if (!changed) return { action: "unchanged" };
      return {
        action: "update",
        write: async (tx) => {
          const now = s.clock.now();
          const after = await updateCustomer(tx, actor.tenantId, existing.id, { ...patch, updatedAt: now });
          if (after)
            await s.events.emit(tx, CUSTOMER_CHANGED, {
              tenantId: actor.tenantId,
              before: existing,
              after,
              actor: { userId: actor.userId, role: actor.role },
              at: now,
            });
          await appendAudit(tx, {
            tenantId: actor.tenantId,
            actorId: actor.userId,
            action: "customer.imported",
            entityType: "customer",
            entityId: existing.id,
            data: { ...patch, row: r },
            at: now,
          });
        },
      };
    },
  };
}
