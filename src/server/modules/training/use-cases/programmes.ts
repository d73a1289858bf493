import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type {
  AssignProgramme,
  NewProgramme,
  Programme,
  TrainingAssignment,
} from "../../../../shared/api/training.js";
import { ZAssignProgramme, ZNewProgramme } from "../../../../shared/api/training.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { users } from "../../auth/index.js";
import { tenantToday } from "../../field/index.js";
import { articleTitles } from "../../knowledge/index.js";
import { trainingAssignments, trainingProgrammes } from "../training.tables.js";

type ProgrammeRow = typeof trainingProgrammes.$inferSelect;
type AssignmentRow = typeof trainingAssignments.$inferSelect;

const isOverdue = (a: AssignmentRow, today: string) => a.completedAt === null && a.dueOn < today;

export async function createProgramme(s: Services, actor: Actor, body: NewProgramme): Promise<Programme> {
  const input = ZNewProgramme.parse(body);
  return s.db.transaction(async (tx) => {
    const wanted = input.items.flatMap((i) => (i.kind === "article" && i.articleId ? [i.articleId] : []));
    const found = await articleTitles(tx, actor.tenantId, wanted);
    const missing = wanted.find((id) => !found.has(id));
    if (missing) throw new AppError("training.article_not_found", { id: missing });
    const now = s.clock.now();
    const [row] = await tx
      .insert(trainingProgrammes)
      .values({
        id: newId("prg"),
        tenantId: actor.tenantId,
        name: input.name,
        description: input.description,
        kind: input.kind,
        skill: input.skill,
        items: input.items.map((i) => ({ ...i, id: newId("itm") })),
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("training: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "training.programme_created",
      entityType: "training_programme",
      entityId: row.id,
      data: { name: row.name, items: row.items.length },
      at: now,
    });
    return toProgramme(row, [], await tenantToday(tx, s, actor.tenantId));
  });
}

function toProgramme(p: ProgrammeRow, assigned: AssignmentRow[], today: string): Programme {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    kind: p.kind,
    skill: p.skill,
    items: p.items,
    assigned: assigned.length,
    completed: assigned.filter((a) => a.completedAt !== null).length,
    overdue: assigned.filter((a) => isOverdue(a, today)).length,
    createdAt: p.createdAt.toISOString(),
  };
}

export async function listProgrammes(s: Services, actor: Actor): Promise<Programme[]> {
  const rows = await s.db
    .select()
    .from(trainingProgrammes)
    .where(eq(trainingProgrammes.tenantId, actor.tenantId))
    .orderBy(desc(trainingProgrammes.createdAt), asc(trainingProgrammes.id));
  const given = await s.db
    .select()
    .from(trainingAssignments)
    .where(eq(trainingAssignments.tenantId, actor.tenantId));
  const today = await tenantToday(s.db, s, actor.tenantId);
  return rows.map((p) =>
    toProgramme(
      p,
      given.filter((a) => a.programmeId === p.id),
      today,
    ),
  );
}

async function findProgramme(db: Db, tenantId: string, id: string) {
  const [p] = await db
    .select()
    .from(trainingProgrammes)
    .where(and(eq(trainingProgrammes.tenantId, tenantId), eq(trainingProgrammes.id, id)));
  if (!p) throw new AppError("training.programme_not_found");
  return p;
}

// Gives a programme to people and/or everyone of some roles (active staff of the tenant), due on
// a date; someone who has it already gets the new due date and keeps their progress.
export async function assignProgramme(s: Services, actor: Actor, id: string, body: AssignProgramme) {
  const input = ZAssignProgramme.parse(body);
  if (input.userIds.length === 0 && input.roles.length === 0) throw new AppError("training.nobody_to_assign");
  return s.db.transaction(async (tx) => {
    const p = await findProgramme(tx, actor.tenantId, id);
    const staff = ["admin", "supervisor", "agent", "technician", "qa"] as const;
    const people = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(
        and(eq(users.tenantId, actor.tenantId), eq(users.active, true), inArray(users.role, [...staff])),
      );
    const chosen = people.filter(
      (u) => input.userIds.includes(u.id) || (input.roles as readonly string[]).includes(u.role),
    );
    const unknown = input.userIds.find((uid) => !people.some((u) => u.id === uid));
    if (unknown) throw new AppError("certification.user_not_found");
    const now = s.clock.now();
    if (chosen.length > 0)
      await tx
        .insert(trainingAssignments)
        .values(
          chosen.map((u) => ({
            id: newId("tra"),
            tenantId: actor.tenantId,
            programmeId: p.id,
            userId: u.id,
            dueOn: input.dueOn,
            assignedBy: actor.userId,
            createdAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [trainingAssignments.tenantId, trainingAssignments.programmeId, trainingAssignments.userId],
          set: { dueOn: input.dueOn },
        });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "training.programme_assigned",
      entityType: "training_programme",
      entityId: p.id,
      data: { users: chosen.map((u) => u.id), dueOn: input.dueOn },
      at: now,
    });
    return { assigned: chosen.length };
  });
}

// Assignments with progress: the caller's own ("mine"), or everyone's for a manager.
export async function listAssignments(
  s: Services,
  actor: Actor,
  filter: { mine: boolean; programmeId?: string; overdueOnly?: boolean },
): Promise<TrainingAssignment[]> {
  const rows = await s.db
    .select({ a: trainingAssignments, p: trainingProgrammes, userName: users.name })
    .from(trainingAssignments)
    .innerJoin(
      trainingProgrammes,
      and(
        eq(trainingProgrammes.tenantId, trainingAssignments.tenantId),
        eq(trainingProgrammes.id, trainingAssignments.programmeId),
      ),
    )
    .innerJoin(
      users,
      and(eq(users.tenantId, trainingAssignments.tenantId), eq(users.id, trainingAssignments.userId)),
    )
    .where(
      and(
        eq(trainingAssignments.tenantId, actor.tenantId),
        filter.mine ? eq(trainingAssignments.userId, actor.userId) : undefined,
        filter.programmeId ? eq(trainingAssignments.programmeId, filter.programmeId) : undefined,
      ),
    )
    .orderBy(asc(trainingAssignments.dueOn), asc(trainingAssignments.id));
  const today = await tenantToday(s.db, s, actor.tenantId);
  const all = rows.map((r) => toAssignment(r.a, r.p, r.userName, today));
  return filter.overdueOnly ? all.filter((a) => a.overdue) : all;
}

function toAssignment(
  a: AssignmentRow,
  p: ProgrammeRow,
  userName: string,
  today: string,
): TrainingAssignment {
  const done = a.doneItems.filter((i) => p.items.some((it) => it.id === i));
  return {
    id: a.id,
    programmeId: p.id,
    programmeName: p.name,
    userId: a.userId,
    userName,
    dueOn: a.dueOn,
    doneItems: done,
    itemCount: p.items.length,
    progress: p.items.length === 0 ? 1 : done.length / p.items.length,
    completedAt: a.completedAt?.toISOString() ?? null,
    overdue: isOverdue(a, today),
  };
}

// The person marks one item of their programme done (or not done); the last one completes it.
export async function markItem(
  s: Services,
  actor: Actor,
  assignmentId: string,
  itemId: string,
  done: boolean,
) {
  return s.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ a: trainingAssignments, p: trainingProgrammes, userName: users.name })
      .from(trainingAssignments)
      .innerJoin(
        trainingProgrammes,
        and(
          eq(trainingProgrammes.tenantId, trainingAssignments.tenantId),
          eq(trainingProgrammes.id, trainingAssignments.programmeId),
        ),
      )
      .innerJoin(
        users,
        and(eq(users.tenantId, trainingAssignments.tenantId), eq(users.id, trainingAssignments.userId)),
      )
      .where(
        and(
          eq(trainingAssignments.tenantId, actor.tenantId),
          eq(trainingAssignments.id, assignmentId),
          eq(trainingAssignments.userId, actor.userId),
        ),
      )
      .for("update", { of: trainingAssignments });
    if (!row) throw new AppError("training.assignment_not_found");
    if (!row.p.items.some((i) => i.id === itemId)) throw new AppError("training.item_not_found");
    const set = new Set(row.a.doneItems);
    if (done) set.add(itemId);
    else set.delete(itemId);
    const doneItems = row.p.items.map((i) => i.id).filter((i) => set.has(i));
    const complete = doneItems.length === row.p.items.length;
    const now = s.clock.now();
    const [after] = await tx
      .update(trainingAssignments)
      .set({ doneItems, completedAt: complete ? (row.a.completedAt ?? now) : null })
      .where(eq(trainingAssignments.id, row.a.id))
      .returning();
    if (!after) throw new Error("training: the write returned no row");
    return toAssignment(after, row.p, row.userName, await tenantToday(tx, s, actor.tenantId));
  });
}
