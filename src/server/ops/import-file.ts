import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import type { ImportEntity, ImportResult } from "../../shared/api/imports.js";
import type { Locale } from "../../shared/i18n/locale.js";
import { users } from "../modules/auth/index.js";
import { customerImport } from "../modules/customers/index.js";
import { partImport } from "../modules/parts/index.js";
import { productImport, unitImport } from "../modules/products/index.js";
import { listTenants } from "../modules/tenancy/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { type ImportProgress, type OpenedImport, openImport } from "../platform/import/import-runner.js";

export class ImportCommandError extends Error {}

// The same use cases as the admin screens' import buttons, one per entity.
const OPEN: Record<ImportEntity, (s: Services, actor: Actor, file: File) => Promise<OpenedImport>> = {
  customers: (s, actor, file) => openImport(file, customerImport(s, actor)),
  products: (s, actor, file) => openImport(file, productImport(s, actor)),
  units: (s, actor, file) => openImport(file, unitImport(s, actor)),
  parts: (s, actor, file) => openImport(file, partImport(s, actor)),
};

// `aftercare import <entity> FILE`: acts as the tenant's first active admin (its audit entries
// name them), in the tenant's default language unless told otherwise.
export async function importFile(
  s: Services,
  o: {
    entity: string;
    file: string;
    tenant?: string;
    dryRun: boolean;
    locale?: Locale;
    onProgress?: ImportProgress;
  },
): Promise<ImportResult> {
  const open = OPEN[o.entity as ImportEntity];
  if (!open)
    throw new ImportCommandError(`unknown entity "${o.entity}": customers, products, units or parts`);
  const tenants = await listTenants(s.db);
  const tenant = o.tenant
    ? tenants.find((t) => t.slug === o.tenant)
    : tenants.length === 1
      ? tenants[0]
      : undefined;
  if (!tenant)
    throw new ImportCommandError(
      o.tenant ? `no tenant has the slug "${o.tenant}"` : "several tenants: name one with --tenant SLUG",
    );
  const [admin] = await s.db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant.id), eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!admin) throw new ImportCommandError(`tenant "${tenant.slug}" has no active admin to act as`);
  let bytes: Buffer;
  try {
    bytes = await readFile(o.file);
  } catch {
    throw new ImportCommandError(`cannot read ${o.file}`);
  }
  const locale: Locale = o.locale ?? (tenant.defaultLocale === "en" ? "en" : "zh-CN");
  const actor: Actor = {
    userId: admin.id,
    tenantId: tenant.id,
    role: "admin",
    name: admin.name,
    customerId: null,
    outletId: null,
    locale,
    credentialId: "cli",
  };
  const file = new File([new Uint8Array(bytes)], path.basename(o.file));
  const opened = await open(s, actor, file);
  return opened.run(s.db, { apply: !o.dryRun, locale, onProgress: o.onProgress });
}
