import type { Role } from "../../shared/roles.js";
import { hashPassword, users } from "../modules/auth/index.js";
import { insertTenant } from "../modules/tenancy/index.js";
import { appendAudit, ensureAuditChain } from "../platform/audit/audit-log.js";
import type { Db } from "../platform/db/client.js";
import { newId } from "../platform/ids.js";

export type NewTenant = {
  name: string;
  slug: string;
  timezone: string;
  defaultLocale: "zh-CN" | "en";
  adminEmail: string;
  adminName: string;
  adminPassword: string;
};

// Creates a tenant with its audit chain and first admin, in one transaction.
export async function bootstrapTenant(
  db: Db,
  t: NewTenant,
  now = new Date(),
): Promise<{ tenantId: string; adminId: string }> {
  const passwordHash = await hashPassword(t.adminPassword);
  return db.transaction(async (tx) => {
    const tenant = await insertTenant(tx, {
      id: newId("ten"),
      name: t.name,
      slug: t.slug,
      timezone: t.timezone,
      defaultLocale: t.defaultLocale,
      createdAt: now,
    });
    await ensureAuditChain(tx, tenant.id);
    const adminId = newId("usr");
    await tx.insert(users).values({
      id: adminId,
      tenantId: tenant.id,
      email: t.adminEmail,
      name: t.adminName,
      role: "admin" satisfies Role,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, {
      tenantId: tenant.id,
      actorId: null,
      action: "tenant.created",
      entityType: "tenant",
      entityId: tenant.id,
      data: { name: t.name, slug: t.slug, admin: t.adminEmail },
      at: now,
    });
    return { tenantId: tenant.id, adminId };
  });
}
