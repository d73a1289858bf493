import { and, eq } from "drizzle-orm";
import type { ItemDetail, Weights } from "../../../../shared/api/improvement.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findItem, saveWeights } from "../improvement.repository.js";
import { type ItemSource, improvementEvidence, improvementItems } from "../improvement.tables.js";
import { CRITERIA } from "../scoring.js";
import { auditImprovement } from "./audit.js";
import { itemDetail } from "./backlog.js";
import { checkEvidence, type EvidenceInput } from "./evidence.js";

type Ratings = { impact: number; cost: number; difficulty: number; strategicFit: number };
export type ItemInput = Ratings & {
  title: string;
  description: string;
  source: ItemSource;
  evidence: EvidenceInput[];
};

async function insertEvidence(tx: Db, tenantId: string, itemId: string, list: EvidenceInput[], at: Date) {
  if (list.length === 0) return;
  await tx.insert(improvementEvidence).values(
    list.map((e) => ({
      id: newId("ive"),
      tenantId,
      itemId,
      kind: e.kind,
      ref: e.ref,
      periodFrom: e.from ?? null,
      periodTo: e.to ?? null,
      note: e.note ?? null,
      createdAt: at,
    })),
  );
}

// Raises a backlog item with its evidence (each piece checked through its owning module).
export async function raiseItem(s: Services, actor: Actor, input: ItemInput): Promise<ItemDetail> {
  const id = newId("imp");
  await s.db.transaction(async (tx) => {
    const evidence = await checkEvidence(tx, actor.tenantId, input.evidence);
    const now = s.clock.now();
    await tx.insert(improvementItems).values({
      id,
      tenantId: actor.tenantId,
      title: input.title,
      description: input.description,
      source: input.source,
      status: "open",
      impact: input.impact,
      cost: input.cost,
      difficulty: input.difficulty,
      strategicFit: input.strategicFit,
      raisedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertEvidence(tx, actor.tenantId, id, evidence, now);
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.item_raised",
      { type: "improvement_item", id },
      {
        source: input.source,
        evidence: evidence.map((e) => `${e.kind}:${e.ref}`),
      },
      now,
    );
  });
  return itemDetail(s.db, actor.tenantId, id, s.clock.now());
}

// A customer's "suggest an improvement": a backlog item with neutral ratings for staff to rate.
export async function suggestImprovement(
  s: Services,
  actor: Actor,
  input: { title: string; description: string },
): Promise<{ id: string }> {
  const item = await raiseItem(s, actor, {
    ...input,
    source: "customer" as ItemSource,
    impact: 3,
    cost: 3,
    difficulty: 3,
    strategicFit: 3,
    evidence: [],
  });
  return { id: item.id };
}

export async function addEvidence(
  s: Services,
  actor: Actor,
  itemId: string,
  e: EvidenceInput,
): Promise<ItemDetail> {
  await s.db.transaction(async (tx) => {
    if (!(await findItem(tx, actor.tenantId, itemId, true))) throw new AppError("improvement.item_not_found");
    const [checked] = await checkEvidence(tx, actor.tenantId, [e]);
    const now = s.clock.now();
    await insertEvidence(tx, actor.tenantId, itemId, checked ? [checked] : [], now);
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.evidence_added",
      { type: "improvement_item", id: itemId },
      {
        evidence: `${e.kind}:${checked?.ref}`,
      },
      now,
    );
  });
  return itemDetail(s.db, actor.tenantId, itemId, s.clock.now());
}

export async function updateItem(
  s: Services,
  actor: Actor,
  id: string,
  patch: Partial<Ratings> & { title?: string; description?: string; status?: "open" | "dropped" },
): Promise<ItemDetail> {
  await s.db.transaction(async (tx) => {
    const row = await findItem(tx, actor.tenantId, id, true);
    if (!row) throw new AppError("improvement.item_not_found");
    const now = s.clock.now();
    await tx
      .update(improvementItems)
      .set({ ...patch, updatedAt: now })
      .where(and(eq(improvementItems.tenantId, actor.tenantId), eq(improvementItems.id, id)));
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.item_updated",
      { type: "improvement_item", id },
      patch,
      now,
    );
  });
  return itemDetail(s.db, actor.tenantId, id, s.clock.now());
}

export async function putWeights(s: Services, actor: Actor, weights: Weights): Promise<Weights> {
  if (CRITERIA.every((c) => weights[c] === 0)) throw new AppError("improvement.weights_all_zero");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await saveWeights(tx, actor.tenantId, weights, actor.userId, now);
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.weights_changed",
      {
        type: "improvement_weights",
        id: actor.tenantId,
      },
      { ...weights },
      now,
    );
  });
  return weights;
}
