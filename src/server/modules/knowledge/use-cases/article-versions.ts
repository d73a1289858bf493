import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findArticle, listVersions } from "../knowledge.repository.js";

export async function articleVersions(s: Services, a: Actor, id: string) {
  if (!(await findArticle(s.db, a.tenantId, id, "staff"))) throw new AppError("kb.not_found");
  const rows = await listVersions(s.db, a.tenantId, id);
  return {
    items: rows.map((v) => ({
      version: v.version,
      status: v.status,
      title: v.snapshot.title,
      body: v.snapshot.body,
      tags: v.snapshot.tags,
      changedBy: v.changedBy,
      changedAt: v.changedAt.toISOString(),
    })),
  };
}
