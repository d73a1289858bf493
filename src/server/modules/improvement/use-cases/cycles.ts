import { and, eq } from "drizzle-orm";
import type { Cycle } from "../../../../shared/api/improvement.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { createArticle, getArticleForStaff, updateArticle } from "../../knowledge/index.js";
import {
  appendHistory,
  type CycleRow,
  cyclesOf,
  findCycle,
  findItem,
  runningCycle,
  tasksOf,
} from "../improvement.repository.js";
import { improvementItems, pdcaCycles, pdcaTasks } from "../improvement.tables.js";
import { findKpiOption } from "../kpi-port.js";
import { canMove, type PdcaPhase } from "../pdca-states.js";
import { tenantDay } from "../tenant-day.js";
import { auditImprovement } from "./audit.js";
import { checkFigures, withLiveCheck } from "./check-figures.js";
import { cycleViews } from "./cycle-view.js";

export type PlanInput = {
  ownerId: string;
  kpiId: string;
  targetValue: number;
  dueDate: string;
  windowDays: number;
};

async function checkPlan(db: Db, tenantId: string, p: Partial<PlanInput>) {
  if (p.kpiId !== undefined && !findKpiOption(p.kpiId))
    throw new AppError("improvement.kpi_unknown", { kpi: p.kpiId });
  if (p.ownerId !== undefined) {
    const owner = await findUser(db, tenantId, p.ownerId);
    if (!owner?.active || !isStaff(owner.role)) throw new AppError("improvement.owner_unknown");
  }
}

async function setItemStatus(
  tx: Db,
  tenantId: string,
  itemId: string,
  status: "in_cycle" | "done",
  at: Date,
) {
  await tx
    .update(improvementItems)
    .set({ status, updatedAt: at })
    .where(and(eq(improvementItems.tenantId, tenantId), eq(improvementItems.id, itemId)));
}

async function bump(tx: Db, c: CycleRow, set: Partial<typeof pdcaCycles.$inferInsert>, at: Date) {
  await tx
    .update(pdcaCycles)
    .set({ ...set, version: c.version + 1, updatedAt: at })
    .where(and(eq(pdcaCycles.tenantId, c.tenantId), eq(pdcaCycles.id, c.id)));
}

// Phase moves and their history entry and audit entry, in the caller's transaction.
async function recordMove(
  tx: Db,
  actor: Actor,
  c: CycleRow,
  to: PdcaPhase,
  at: Date,
  note?: string,
  data: Record<string, unknown> = {},
) {
  await appendHistory(tx, {
    tenantId: c.tenantId,
    cycleId: c.id,
    fromPhase: c.phase,
    toPhase: to,
    actorId: actor.userId,
    note: note ?? null,
    at,
  });
  await auditImprovement(
    tx,
    c.tenantId,
    actor.userId,
    "improvement.cycle_moved",
    { type: "improvement_cycle", id: c.id },
    {
      from: c.phase,
      to,
      ...data,
    },
    at,
  );
}

async function insertCycle(
  tx: Db,
  actor: Actor,
  itemId: string,
  iteration: number,
  p: PlanInput,
  today: string,
  at: Date,
) {
  const id = newId("pdc");
  await tx.insert(pdcaCycles).values({
    id,
    tenantId: actor.tenantId,
    itemId,
    iteration,
    phase: "plan",
    ownerId: p.ownerId,
    kpiId: p.kpiId,
    targetValue: p.targetValue,
    dueDate: p.dueDate,
    windowDays: p.windowDays,
    planStartedOn: today,
    createdAt: at,
    updatedAt: at,
  });
  await appendHistory(tx, {
    tenantId: actor.tenantId,
    cycleId: id,
    fromPhase: null,
    toPhase: "plan",
    actorId: actor.userId,
    note: null,
    at,
  });
  await auditImprovement(
    tx,
    actor.tenantId,
    actor.userId,
    "improvement.cycle_opened",
    { type: "improvement_cycle", id },
    {
      itemId,
      iteration,
      kpi: p.kpiId,
      target: p.targetValue,
      due: p.dueDate,
    },
    at,
  );
  return id;
}

export async function getCycle(s: Services, tenantId: string, id: string): Promise<Cycle> {
  const row = await findCycle(s.db, tenantId, id);
  if (!row) throw new AppError("improvement.cycle_not_found");
  const item = await findItem(s.db, tenantId, row.itemId);
  // While a cycle is in check its "after" window grows day by day: the figures are read afresh.
  const live = await withLiveCheck(s.db, tenantId, row, s.clock.now());
  const [view] = await cycleViews(s.db, tenantId, [live], item?.title ?? "");
  if (!view) throw new AppError("improvement.cycle_not_found");
  return view;
}

export async function openCycle(s: Services, actor: Actor, itemId: string, p: PlanInput): Promise<Cycle> {
  const id = await s.db.transaction(async (tx) => {
    const item = await findItem(tx, actor.tenantId, itemId, true);
    if (!item) throw new AppError("improvement.item_not_found");
    if (item.status === "done" || item.status === "dropped") throw new AppError("improvement.item_closed");
    if (await runningCycle(tx, actor.tenantId, itemId)) throw new AppError("improvement.cycle_running");
    await checkPlan(tx, actor.tenantId, p);
    const now = s.clock.now();
    const iteration = ((await cyclesOf(tx, actor.tenantId, itemId))[0]?.iteration ?? 0) + 1;
    const cycleId = await insertCycle(
      tx,
      actor,
      itemId,
      iteration,
      p,
      await tenantDay(tx, actor.tenantId, now),
      now,
    );
    await setItemStatus(tx, actor.tenantId, itemId, "in_cycle", now);
    return cycleId;
  });
  return getCycle(s, actor.tenantId, id);
}

async function lockCycle(tx: Db, tenantId: string, id: string): Promise<CycleRow> {
  const c = await findCycle(tx, tenantId, id, true);
  if (!c) throw new AppError("improvement.cycle_not_found");
  return c;
}

export async function updatePlan(
  s: Services,
  actor: Actor,
  id: string,
  p: Partial<PlanInput>,
): Promise<Cycle> {
  await s.db.transaction(async (tx) => {
    const c = await lockCycle(tx, actor.tenantId, id);
    if (c.phase !== "plan") throw new AppError("improvement.not_in_phase");
    await checkPlan(tx, actor.tenantId, p);
    const now = s.clock.now();
    await bump(tx, c, p, now);
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.plan_changed",
      { type: "improvement_cycle", id },
      p,
      now,
    );
  });
  return getCycle(s, actor.tenantId, id);
}

export async function addTask(
  s: Services,
  actor: Actor,
  id: string,
  t: { title: string; ownerId?: string },
): Promise<Cycle> {
  await s.db.transaction(async (tx) => {
    const c = await lockCycle(tx, actor.tenantId, id);
    if (c.phase !== "plan" && c.phase !== "do") throw new AppError("improvement.not_in_phase");
    if (t.ownerId) await checkPlan(tx, actor.tenantId, { ownerId: t.ownerId });
    const now = s.clock.now();
    await tx.insert(pdcaTasks).values({
      id: newId("pdt"),
      tenantId: actor.tenantId,
      cycleId: id,
      title: t.title,
      ownerId: t.ownerId ?? null,
      createdAt: now,
    });
    await bump(tx, c, {}, now);
  });
  return getCycle(s, actor.tenantId, id);
}

export async function setTaskDone(
  s: Services,
  actor: Actor,
  id: string,
  taskId: string,
  done: boolean,
): Promise<Cycle> {
  await s.db.transaction(async (tx) => {
    const c = await lockCycle(tx, actor.tenantId, id);
    if (c.phase !== "plan" && c.phase !== "do") throw new AppError("improvement.not_in_phase");
    const updated = await tx
      .update(pdcaTasks)
      .set({ done })
      .where(and(eq(pdcaTasks.tenantId, actor.tenantId), eq(pdcaTasks.cycleId, id), eq(pdcaTasks.id, taskId)))
      .returning({ id: pdcaTasks.id });
    if (updated.length === 0) throw new AppError("improvement.task_not_found");
    const now = s.clock.now();
    await bump(tx, c, {}, now);
    await auditImprovement(
      tx,
      actor.tenantId,
      actor.userId,
      "improvement.task_done",
      { type: "improvement_cycle", id },
      { taskId, done },
      now,
    );
  });
  return getCycle(s, actor.tenantId, id);
}

// plan → do (needs a task), do → check (every task done; the check's figures computed now),
// check → do (back to work), check → act (the figures kept as they are now).
export async function moveCycle(
  s: Services,
  actor: Actor,
  id: string,
  to: PdcaPhase,
  note?: string,
): Promise<Cycle> {
  await s.db.transaction(async (tx) => {
    const c = await lockCycle(tx, actor.tenantId, id);
    if (!canMove(c.phase as PdcaPhase, to)) throw new AppError("improvement.illegal_move");
    const now = s.clock.now();
    const today = await tenantDay(tx, actor.tenantId, now);
    const tasks = await tasksOf(tx, actor.tenantId, [id]);
    let set: Partial<typeof pdcaCycles.$inferInsert> = { phase: to };
    if (c.phase === "plan" && tasks.length === 0) throw new AppError("improvement.no_tasks");
    if (to === "check") {
      const open = tasks.filter((t) => !t.done).length;
      if (open > 0) throw new AppError("improvement.tasks_open", { open });
      set = { ...set, doEndedOn: today, check: await checkFigures(tx, actor.tenantId, c, today, today, now) };
    }
    if (c.phase === "check" && to === "act" && c.doEndedOn)
      set = { ...set, check: await checkFigures(tx, actor.tenantId, c, c.doEndedOn, today, now) };
    if (c.phase === "check" && to === "do") set = { ...set, doEndedOn: null, check: null };
    await bump(tx, c, set, now);
    await recordMove(tx, actor, c, to, now, note, set.check ? { check: set.check } : {});
  });
  return getCycle(s, actor.tenantId, id);
}

export type ActInput =
  | { decision: "standardise"; articleId?: string; title?: string; body: string }
  | { decision: "iterate"; note?: string };

// Act: standardise (the SOP / article is updated or written through the knowledge module, in the
// same transaction as the cycle's close) or iterate (a new cycle on the same item, in plan).
export async function actOnCycle(s: Services, actor: Actor, id: string, input: ActInput): Promise<Cycle> {
  await s.db.transaction(async (tx) => {
    const c = await lockCycle(tx, actor.tenantId, id);
    if (c.phase !== "act") throw new AppError("improvement.not_in_phase");
    const now = s.clock.now();
    const inner = { ...s, db: tx };
    if (input.decision === "standardise") {
      let articleId: string;
      if (input.articleId) {
        const current = await getArticleForStaff(inner, actor, input.articleId).catch(() => null);
        if (!current) throw new AppError("improvement.article_not_found");
        articleId = (
          await updateArticle(inner, actor, input.articleId, { body: `${current.body}\n\n${input.body}` })
        ).id;
      } else {
        if (!input.title) throw new AppError("improvement.article_title_required");
        articleId = (
          await createArticle(inner, actor, {
            title: input.title,
            body: input.body,
            visibility: "internal",
            status: "draft",
            tags: ["SOP"],
          })
        ).id;
      }
      await bump(tx, c, { phase: "closed", decision: "standardise", articleId }, now);
      await setItemStatus(tx, actor.tenantId, c.itemId, "done", now);
      await recordMove(tx, actor, c, "closed", now, undefined, { decision: "standardise", articleId });
      return;
    }
    const today = await tenantDay(tx, actor.tenantId, now);
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
    const next = await insertCycle(
      tx,
      actor,
      c.itemId,
      c.iteration + 1,
      {
        ownerId: c.ownerId,
        kpiId: c.kpiId,
        targetValue: c.targetValue,
        dueDate: due,
        windowDays: c.windowDays,
      },
      today,
      now,
    );
    await bump(tx, c, { phase: "closed", decision: "iterate", nextCycleId: next }, now);
    await recordMove(tx, actor, c, "closed", now, input.note, { decision: "iterate", nextCycleId: next });
  });
  return getCycle(s, actor.tenantId, id);
}
