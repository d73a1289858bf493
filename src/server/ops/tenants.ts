import { z } from "zod";
import { bootstrapTenant } from "../demo/bootstrap.js";
import { findUserByEmail } from "../modules/auth/index.js";
import { listTenants, slugTaken } from "../modules/tenancy/index.js";
import type { Db } from "../platform/db/client.js";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

// What an operator gives `aftercare tenant create`; every rule is checked before anything is written.
const NewTenantInput = z.object({
  name: z.string().trim().min(1, "--name is required").max(200),
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      "--slug: 2–63 lowercase letters, digits or dashes, starting with a letter or digit",
    ),
  adminEmail: z.email("--admin-email is not an e-mail address").max(320),
  adminPassword: z.string().min(8, "--admin-password needs at least 8 characters").max(200),
  adminName: z.string().trim().min(1).max(200).optional(),
  timezone: z.string().refine(isTimeZone, "--timezone is not an IANA time zone (e.g. Asia/Shanghai)"),
  locale: z.enum(["zh-CN", "en"], { error: "--locale must be zh-CN or en" }),
});
export type NewTenantInput = z.input<typeof NewTenantInput>;

export class TenantInputError extends Error {}

export async function createTenant(
  db: Db,
  input: NewTenantInput,
): Promise<{ tenantId: string; adminId: string }> {
  const parsed = NewTenantInput.safeParse(input);
  if (!parsed.success) throw new TenantInputError(parsed.error.issues.map((i) => i.message).join("\n"));
  const t = parsed.data;
  if (await slugTaken(db, t.slug))
    throw new TenantInputError(`--slug: a tenant with slug "${t.slug}" exists already`);
  // Sign-in finds a user by e-mail alone, so an address belongs to one user across all tenants.
  if (await findUserByEmail(db, t.adminEmail))
    throw new TenantInputError(`--admin-email: a user with ${t.adminEmail} exists already`);
  return bootstrapTenant(db, {
    name: t.name,
    slug: t.slug,
    timezone: t.timezone,
    defaultLocale: t.locale,
    adminEmail: t.adminEmail.toLowerCase(),
    adminName: t.adminName ?? t.adminEmail,
    adminPassword: t.adminPassword,
  });
}

export async function tenantSummaries(db: Db) {
  return (await listTenants(db)).map((t) => ({
    tenantId: t.id,
    slug: t.slug,
    name: t.name,
    timezone: t.timezone,
    locale: t.defaultLocale,
    createdAt: t.createdAt.toISOString(),
  }));
}
