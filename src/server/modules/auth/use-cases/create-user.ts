import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customerExists } from "../../customers/index.js";
import { outletExists } from "../../tenancy/index.js";
import { insertUser } from "../auth.repository.js";
import type { TCreateUser } from "../auth.schemas.js";
import { hashPassword } from "../passwords.js";
import { toUserDto } from "../user-dto.js";

export async function createUser(s: Services, actor: Actor, input: TCreateUser) {
  if (input.role === "customer" && !input.customerId) throw new AppError("user.customer_required");
  if (input.role === "dealer" && !input.outletId) throw new AppError("user.outlet_required");
  if (input.customerId && !(await customerExists(s.db, actor.tenantId, input.customerId)))
    throw new AppError("customer.not_found");
  if (input.outletId && !(await outletExists(s.db, actor.tenantId, input.outletId)))
    throw new AppError("outlet.not_found");
  const passwordHash = await hashPassword(input.password);
  try {
    return await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      const user = await insertUser(tx, {
        id: newId("usr"),
        tenantId: actor.tenantId,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        skills: input.skills ?? [],
        maxOpenTickets: input.maxOpenTickets ?? 20,
        customerId: input.role === "customer" ? input.customerId : null,
        outletId: input.outletId ?? null,
        locale: input.locale ?? null,
        timezone: input.timezone ?? null,
        createdAt: now,
        updatedAt: now,
      });
      const { password: _omit, ...logged } = input;
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "user.created",
        entityType: "user",
        entityId: user.id,
        data: logged,
        at: now,
      });
      return toUserDto(user);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("user.email_taken");
    throw err;
  }
}
