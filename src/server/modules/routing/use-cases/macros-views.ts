import { and, asc, count, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { findTicket, ticketSearchCondition, ticketsView as tickets } from "../../tickets/index.js";
import { teamExists } from "../routing.repository.js";
import { type MacroActions, macros, savedViews, type ViewFilters } from "../routing.tables.js";
import { renderTemplate, templateWarnings } from "../templates.js";
import { templateContext } from "../triggers/triggers.repository.js";

const lead = (a: Actor) => a.role === "supervisor" || a.role === "admin";

// Shared items are created and changed by supervisors and admins; personal ones by their owner.
function mayEdit(actor: Actor, ownerId: string | null, shared: boolean): boolean {
  return shared ? lead(actor) : ownerId === actor.userId;
}

type Bodies = { "zh-CN"?: string; en?: string };
type MacroInput = { name?: string; bodies?: Bodies; shared?: boolean; actions?: MacroActions };

// A macro's team and assignee must exist when it is saved (they are checked again when applied).
async function checkActions(s: Services, actor: Actor, a: MacroActions | undefined) {
  if (a?.teamId && !(await teamExists(s.db, actor.tenantId, a.teamId)))
    throw new AppError("ticket.team_invalid", { id: a.teamId });
  if (a?.assigneeId && a.assigneeId !== "me") {
    const user = await findUser(s.db, actor.tenantId, a.assigneeId);
    if (!user?.active || !isStaff(user.role)) throw new AppError("ticket.assignee_invalid");
  }
}

const macroDto = (m: typeof macros.$inferSelect) => ({
  id: m.id,
  name: m.name,
  bodies: m.bodies,
  actions: m.actions,
  shared: m.ownerId === null,
  ownerId: m.ownerId,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

const visibleMacro = (a: Actor) =>
  and(eq(macros.tenantId, a.tenantId), or(isNull(macros.ownerId), eq(macros.ownerId, a.userId)));

export async function listMacros(s: Services, actor: Actor) {
  const rows = await s.db.select().from(macros).where(visibleMacro(actor)).orderBy(asc(macros.name));
  return rows.map(macroDto);
}

async function findMacro(s: Services, actor: Actor, id: string) {
  const [row] = await s.db
    .select()
    .from(macros)
    .where(and(visibleMacro(actor), eq(macros.id, id)));
  if (!row) throw new AppError("macro.not_found");
  return row;
}

export async function saveMacro(s: Services, actor: Actor, id: string | null, input: MacroInput) {
  if (input.bodies && !input.bodies["zh-CN"] && !input.bodies.en) throw new AppError("macro.body_required");
  await checkActions(s, actor, input.actions);
  const now = s.clock.now();
  if (!id) {
    if (input.shared && !lead(actor)) throw new AppError("routing.shared_forbidden");
    if (!input.bodies) throw new AppError("macro.body_required");
    const [row] = await s.db
      .insert(macros)
      .values({
        id: newId("mac"),
        tenantId: actor.tenantId,
        name: input.name ?? "",
        ownerId: input.shared ? null : actor.userId,
        bodies: input.bodies,
        actions: input.actions ?? {},
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert macros returned nothing");
    return macroDto(row);
  }
  const current = await findMacro(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.ownerId === null))
    throw new AppError("routing.shared_forbidden");
  const [row] = await s.db
    .update(macros)
    .set({
      name: input.name,
      bodies: input.bodies ? { ...current.bodies, ...input.bodies } : undefined,
      actions: input.actions,
      updatedAt: now,
    })
    .where(and(eq(macros.tenantId, actor.tenantId), eq(macros.id, id)))
    .returning();
  if (!row) throw new AppError("macro.not_found");
  return macroDto(row);
}

export async function deleteMacro(s: Services, actor: Actor, id: string) {
  const current = await findMacro(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.ownerId === null))
    throw new AppError("routing.shared_forbidden");
  await s.db.delete(macros).where(and(eq(macros.tenantId, actor.tenantId), eq(macros.id, id)));
}

// Fills the variables for one ticket; the requested language, else the other one.
export async function renderMacro(
  s: Services,
  actor: Actor,
  id: string,
  ref: string,
  locale: "zh-CN" | "en",
) {
  const macro = await findMacro(s, actor, id);
  const ticket = await findTicket(s.db, actor.tenantId, ref);
  if (!ticket) throw new AppError("ticket.not_found");
  const body = macro.bodies[locale] ?? macro.bodies[locale === "en" ? "zh-CN" : "en"] ?? "";
  const used = macro.bodies[locale] ? locale : locale === "en" ? "zh-CN" : "en";
  const { vars, facts } = await templateContext(
    s.db,
    actor.tenantId,
    ticket,
    actor.userId,
    s.clock.now(),
    used,
  );
  return {
    body: renderTemplate(body, vars),
    locale: used,
    actions: macro.actions,
    // What the rendered text says that the ticket contradicts; the reply box shows these.
    warnings: templateWarnings(body, facts),
  };
}

type ViewInput = { name?: string; filters?: ViewFilters; shared?: boolean };

const viewDto = (v: typeof savedViews.$inferSelect) => ({
  id: v.id,
  name: v.name,
  filters: v.filters,
  shared: v.shared,
  ownerId: v.ownerId,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

const visibleView = (a: Actor) =>
  and(eq(savedViews.tenantId, a.tenantId), or(eq(savedViews.shared, true), eq(savedViews.ownerId, a.userId)));

async function findView(s: Services, actor: Actor, id: string) {
  const [row] = await s.db
    .select()
    .from(savedViews)
    .where(and(visibleView(actor), eq(savedViews.id, id)));
  if (!row) throw new AppError("view.not_found");
  return row;
}

export async function listViews(s: Services, actor: Actor) {
  const rows = await s.db.select().from(savedViews).where(visibleView(actor)).orderBy(asc(savedViews.name));
  return rows.map(viewDto);
}

export async function saveView(s: Services, actor: Actor, id: string | null, input: ViewInput) {
  const now = s.clock.now();
  if (input.shared && !lead(actor)) throw new AppError("routing.shared_forbidden");
  if (!id) {
    const [row] = await s.db
      .insert(savedViews)
      .values({
        id: newId("view"),
        tenantId: actor.tenantId,
        ownerId: actor.userId,
        name: input.name ?? "",
        filters: input.filters ?? {},
        shared: input.shared ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert saved_views returned nothing");
    return viewDto(row);
  }
  const current = await findView(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.shared)) throw new AppError("routing.shared_forbidden");
  const [row] = await s.db
    .update(savedViews)
    .set({ name: input.name, filters: input.filters, shared: input.shared, updatedAt: now })
    .where(and(eq(savedViews.tenantId, actor.tenantId), eq(savedViews.id, id)))
    .returning();
  if (!row) throw new AppError("view.not_found");
  return viewDto(row);
}

export async function deleteView(s: Services, actor: Actor, id: string) {
  const current = await findView(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.shared)) throw new AppError("routing.shared_forbidden");
  await s.db.delete(savedViews).where(and(eq(savedViews.tenantId, actor.tenantId), eq(savedViews.id, id)));
}

// The same filters GET /tickets understands (status, priority, type, assigneeId me|none|id, q).
function viewCondition(f: ViewFilters, actor: Actor): SQL | undefined {
  return and(
    eq(tickets.tenantId, actor.tenantId),
    f.status?.length
      ? inArray(tickets.status, f.status as (typeof tickets.$inferSelect.status)[])
      : undefined,
    f.priority?.length
      ? inArray(tickets.priority, f.priority as (typeof tickets.$inferSelect.priority)[])
      : undefined,
    f.type?.length ? inArray(tickets.type, f.type as (typeof tickets.$inferSelect.type)[]) : undefined,
    f.assigneeId === "none"
      ? isNull(tickets.assigneeId)
      : f.assigneeId
        ? eq(tickets.assigneeId, f.assigneeId === "me" ? actor.userId : f.assigneeId)
        : undefined,
    f.q ? ticketSearchCondition(f.q, tickets, actor.tenantId) : undefined,
  );
}

export async function viewCounts(s: Services, actor: Actor) {
  const views = await listViews(s, actor);
  const items = [];
  for (const v of views) {
    const [row] = await s.db.select({ n: count() }).from(tickets).where(viewCondition(v.filters, actor));
    items.push({ viewId: v.id, name: v.name, count: Number(row?.n ?? 0) });
  }
  return { items };
}
