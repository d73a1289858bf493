import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findRma } from "../rma.repository.js";
import { rmaDto } from "./rma-dto.js";
import { ownScope } from "./rma-scope.js";

export async function getRma(s: Services, actor: Actor, ref: string) {
  if (actor.role === "dealer") throw new AppError("rma.not_found");
  const rma = await findRma(s.db, actor.tenantId, ref, ownScope(actor));
  if (!rma) throw new AppError("rma.not_found");
  return rmaDto(s, actor, rma);
}
