import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { ItemDetail } from "../../../../shared/api/improvement.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findItem, findItemByKanoToken } from "../improvement.repository.js";
import { improvementItems, kanoAnswers } from "../improvement.tables.js";
import type { KanoAnswer } from "../kano.js";
import { auditImprovement } from "./audit.js";
import { itemDetail } from "./backlog.js";

type Pair = { functional: KanoAnswer; dysfunctional: KanoAnswer };

async function insertAnswer(
  tx: Db,
  tenantId: string,
  itemId: string,
  p: Pair,
  via: "link" | "staff",
  by: string | null,
  at: Date,
) {
  await tx.insert(kanoAnswers).values({
    id: newId("kan"),
    tenantId,
    itemId,
    functional: p.functional,
    dysfunctional: p.dysfunctional,
    via,
    enteredBy: by,
    createdAt: at,
  });
}

// Sets the question pair and opens the public answer link (a random token; asking again keeps the
// link and changes only the questions).
export async function openKanoQuestionnaire(
  s: Services,
  actor: Actor,
  itemId: string,
  q: { functional: string; dysfunctional: string },
): Promise<ItemDetail> {
  await s.db.transaction(async (tx) => {
    const row = await findItem(tx, actor.tenantId, itemId, true);
    if (!row) throw new AppError("improvement.item_not_found");
    const now = s.clock.now();
    await tx
      .update(improvementItems)
      .set({
        kanoFunctional: q.functional,
        kanoDysfunctional: q.dysfunctional,
        kanoToken: row.kanoToken ?? randomBytes(18).toString("base64url"),
        updatedAt: now,
      })
      .where(and(eq(improvementItems.tenantId, actor.tenantId), eq(improvementItems.id, itemId)));
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.kano_opened",
      { type: "improvement_item", id: itemId },
      q,
      now,
    );
  });
  return itemDetail(s.db, actor.tenantId, itemId, s.clock.now());
}

// Staff enter an answer pair (from a phone interview or a paper form).
export async function enterKanoAnswer(
  s: Services,
  actor: Actor,
  itemId: string,
  p: Pair,
): Promise<ItemDetail> {
  await s.db.transaction(async (tx) => {
    if (!(await findItem(tx, actor.tenantId, itemId))) throw new AppError("improvement.item_not_found");
    await insertAnswer(tx, actor.tenantId, itemId, p, "staff", actor.userId, s.clock.now());
  });
  return itemDetail(s.db, actor.tenantId, itemId, s.clock.now());
}

export type KanoLinkView = { title: string; functional: string; dysfunctional: string };

export async function viewKanoLink(s: Services, token: string): Promise<KanoLinkView> {
  const row = await findItemByKanoToken(s.db, token);
  if (!row?.kanoFunctional || !row.kanoDysfunctional) throw new AppError("improvement.kano_link_invalid");
  return { title: row.title, functional: row.kanoFunctional, dysfunctional: row.kanoDysfunctional };
}

// A customer's answer through the public link (the link is shared, so anyone holding it may
// answer; the route bounds answers per address).
export async function answerKanoLink(s: Services, token: string, p: Pair): Promise<void> {
  const row = await findItemByKanoToken(s.db, token);
  if (!row?.kanoFunctional) throw new AppError("improvement.kano_link_invalid");
  await s.db.transaction((tx) => insertAnswer(tx, row.tenantId, row.id, p, "link", null, s.clock.now()));
}
