import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import { findSop, listSopRows, listSopVersions } from "../sops/sop-repository.js";
import { sopDto } from "../sops/sop-writes.js";

export async function listSops(s: Services, a: Actor, status?: ArticleStatus) {
  return { items: (await listSopRows(s.db, a.tenantId, status)).map(sopDto) };
}

export async function getSop(s: Services, a: Actor, id: string) {
  const row = await findSop(s.db, a.tenantId, id);
  if (!row) throw new AppError("kb.sop_not_found");
  return sopDto(row);
}

export async function sopVersions(s: Services, a: Actor, id: string) {
  if (!(await findSop(s.db, a.tenantId, id))) throw new AppError("kb.sop_not_found");
  const rows = await listSopVersions(s.db, a.tenantId, id);
  return { items: rows.map((v) => ({ ...v, changedAt: v.changedAt.toISOString() })) };
}
