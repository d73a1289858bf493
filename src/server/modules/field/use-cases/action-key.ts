import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { visitActionKeys } from "../field.tables.js";

// Claims a client's Idempotency-Key for one visit action inside that action's transaction: true
// when this request is the first with the key (apply it), false when the action was already
// applied (answer the visit as it is). Claiming first means a concurrent duplicate on PostgreSQL
// waits for the first to commit and then sees its key, instead of applying the action twice.
export async function claimActionKey(
  tx: Db,
  actor: Actor,
  key: string | undefined,
  visitId: string,
  action: string,
): Promise<boolean> {
  if (!key) return true;
  const claimed = await tx
    .insert(visitActionKeys)
    .values({ tenantId: actor.tenantId, userId: actor.userId, key, visitId, action })
    .onConflictDoNothing()
    .returning({ key: visitActionKeys.key });
  if (claimed.length > 0) return true;
  const [earlier] = await tx
    .select()
    .from(visitActionKeys)
    .where(
      and(
        eq(visitActionKeys.tenantId, actor.tenantId),
        eq(visitActionKeys.userId, actor.userId),
        eq(visitActionKeys.key, key),
      ),
    );
  if (!earlier || earlier.visitId !== visitId || earlier.action !== action)
    throw new AppError("field.key_reused");
  return false;
}
