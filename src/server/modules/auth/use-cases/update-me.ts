import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { updateUser } from "../auth.repository.js";
import type { TUpdateMe } from "../auth.schemas.js";
import { toUserDto } from "../user-dto.js";

export async function updateMe(s: Services, actor: Actor, input: TUpdateMe) {
  const updated = await updateUser(s.db, actor.tenantId, actor.userId, input);
  if (!updated) throw new AppError("user.not_found");
  return toUserDto(updated);
}
