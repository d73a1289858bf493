import type { Backlog, BacklogItem, ItemDetail } from "../../../../shared/api/improvement.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import {
  cyclesOf,
  evidenceCounts,
  evidenceOf,
  findItem,
  type ItemRow,
  kanoPairs,
  latestPhases,
  listItems,
  tenantWeights,
} from "../improvement.repository.js";
import { type KanoAnswer, summarise } from "../kano.js";
import { rank } from "../scoring.js";
import { withLiveCheck } from "./check-figures.js";
import { cycleViews } from "./cycle-view.js";
import { resolveEvidence } from "./evidence.js";

const ratingsOf = (r: ItemRow) => ({
  impact: r.impact,
  cost: r.cost,
  difficulty: r.difficulty,
  strategicFit: r.strategicFit,
});

type Pair = { functional: KanoAnswer; dysfunctional: KanoAnswer };

// The backlog ranked on the tenant's weights (done and dropped items go last, still ranked among
// themselves, so the list reads as "what to do next").
export async function rankedBacklog(db: Db, tenantId: string): Promise<Backlog> {
  const [rows, weights, counts, phases] = await Promise.all([
    listItems(db, tenantId),
    tenantWeights(db, tenantId),
    evidenceCounts(db, tenantId),
    latestPhases(db, tenantId),
  ]);
  const pairs = await kanoPairs(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  const byItem = new Map<string, Pair[]>();
  for (const p of pairs) byItem.set(p.itemId, [...(byItem.get(p.itemId) ?? []), p as Pair]);
  const active = rows.filter((r) => r.status === "open" || r.status === "in_cycle");
  const finished = rows.filter((r) => r.status === "done" || r.status === "dropped");
  const ranked = [
    ...rank(
      active.map((r) => ({ ...r, ratings: ratingsOf(r) })),
      weights,
    ),
  ];
  const tail = rank(
    finished.map((r) => ({ ...r, ratings: ratingsOf(r) })),
    weights,
  ).map((r) => ({
    ...r,
    rank: r.rank + ranked.length,
  }));
  const items: BacklogItem[] = [...ranked, ...tail].map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    source: r.source,
    status: r.status,
    ratings: r.ratings,
    score: Math.round(r.score * 100) / 100,
    rank: r.rank,
    kanoCategory: summarise(byItem.get(r.id) ?? []).category,
    evidenceCount: counts.get(r.id) ?? 0,
    phase: (phases.get(r.id) as BacklogItem["phase"]) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { weights, items };
}

export async function itemDetail(db: Db, tenantId: string, id: string, now: Date): Promise<ItemDetail> {
  const row = await findItem(db, tenantId, id);
  if (!row) throw new AppError("improvement.item_not_found");
  const backlog = await rankedBacklog(db, tenantId);
  const listed = backlog.items.find((i) => i.id === id);
  if (!listed) throw new AppError("improvement.item_not_found");
  const [evidence, pairs, cycles] = await Promise.all([
    evidenceOf(db, tenantId, id).then((rows) => resolveEvidence(db, tenantId, rows, now)),
    kanoPairs(db, tenantId, [id]),
    cyclesOf(db, tenantId, id),
  ]);
  return {
    ...listed,
    evidence,
    kano: summarise(pairs as Pair[]),
    kanoQuestions:
      row.kanoFunctional && row.kanoDysfunctional
        ? { functional: row.kanoFunctional, dysfunctional: row.kanoDysfunctional }
        : null,
    kanoLink: row.kanoToken ? `/kano/${row.kanoToken}` : null,
    cycles: await cycleViews(
      db,
      tenantId,
      await Promise.all(cycles.map((c) => withLiveCheck(db, tenantId, c, now))),
      row.title,
    ),
  };
}
