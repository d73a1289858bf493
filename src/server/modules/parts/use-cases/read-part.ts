import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toPartDto } from "../parts.dto.js";
import { findPart } from "../parts.repository.js";

export async function readPart(s: Services, actor: Actor, ref: string) {
  const part = await findPart(s.db, actor.tenantId, ref);
  if (!part) throw new AppError("parts.not_found", { partNo: ref });
  return toPartDto(part);
}
