import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerExists } from "../../customers/index.js";
import { outletExists } from "../../tenancy/index.js";
import { findUser, revokeUserCredentials, type UserRow, updateUser } from "../auth.repository.js";
import type { TUpdateUser } from "../auth.schemas.js";
import { hashPassword } from "../passwords.js";
import { toUserDto } from "../user-dto.js";

export async function updateUserById(s: Services, actor: Actor, id: string, input: TUpdateUser) {
  if (input.outletId && !(await outletExists(s.db, actor.tenantId, input.outletId)))
    throw new AppError("outlet.not_found");
  if (input.customerId && !(await customerExists(s.db, actor.tenantId, input.customerId)))
    throw new AppError("customer.not_found");
  const { password, ...rest } = input;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return s.db.transaction(async (tx) => {
    const existing = await findUser(tx, actor.tenantId, id);
    if (!existing) throw new AppError("user.not_found");
    const role = rest.role ?? existing.role;
    // A customer account without its customer (or a dealer without its outlet) would see nothing
    // and break every list it opens: such a change is refused, not stored.
    const customerId = role === "customer" ? (rest.customerId ?? existing.customerId) : null;
    const outletId = rest.outletId === undefined ? existing.outletId : rest.outletId;
    if (role === "customer" && !customerId) throw new AppError("user.customer_required");
    if (role === "dealer" && !outletId) throw new AppError("user.outlet_required");
    const updated = await updateUser(tx, actor.tenantId, id, {
      ...rest,
      customerId,
      ...(passwordHash ? { passwordHash } : {}),
    });
    if (!updated) throw new AppError("user.not_found");
    const now = s.clock.now();
    const revoked = await revokeOnChange(tx, existing, updated, Boolean(password), actor, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "user.updated",
      entityType: "user",
      entityId: id,
      data: { ...rest, ...(password ? { passwordChanged: true } : {}), ...(revoked ? { revoked } : {}) },
      at: now,
    });
    return toUserDto(updated);
  });
}

// A new password ends every other session (whoever stole the old one is out); a new role, a new
// customer/outlet or deactivation ends sessions and API keys, so nothing keeps the old rights.
async function revokeOnChange(
  tx: Services["db"],
  before: UserRow,
  after: UserRow,
  passwordChanged: boolean,
  actor: Actor,
  now: Date,
): Promise<number> {
  const rightsChanged =
    before.role !== after.role ||
    before.customerId !== after.customerId ||
    before.outletId !== after.outletId ||
    (before.active && !after.active);
  if (rightsChanged) return revokeUserCredentials(tx, after.tenantId, after.id, now, ["session", "api_key"]);
  if (passwordChanged)
    // Changing one's own password keeps the session it was done from.
    return revokeUserCredentials(
      tx,
      after.tenantId,
      after.id,
      now,
      ["session"],
      actor.userId === after.id ? actor.credentialId : undefined,
    );
  return 0;
}
