import { and, eq } from "drizzle-orm";
import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { minutesOf, toNodeDto, toTechnicianDto } from "../field.dto.js";
import { findNode, listNodes, listTechnicians } from "../field.repository.js";
import type { TAttachStaff, TCreateNode, TPutTechnician } from "../field.schemas.js";
import { fieldScope, inSubtree } from "../field.scope.js";
import { networkNodes, networkStaff, technicians } from "../field.tables.js";
import { syncUserNode } from "./ticket-node.js";

// Headquarters has no parent; a region sits under headquarters; an outlet (service centre, own or
// partner) under a region or directly under headquarters. So at most three tiers.
const PARENT_LEVELS: Record<TCreateNode["level"], readonly string[]> = {
  hq: [],
  region: ["hq"],
  outlet: ["hq", "region"],
};

export async function createNode(s: Services, actor: Actor, input: TCreateNode) {
  return s.db.transaction(async (tx) => {
    const parent = input.parentId ? await findNode(tx, actor.tenantId, input.parentId) : undefined;
    if (input.parentId && !parent) throw new AppError("field.node_not_found");
    const allowed = PARENT_LEVELS[input.level];
    if (parent ? !allowed.includes(parent.level) : allowed.length > 0)
      throw new AppError("field.bad_parent", { level: input.level, parent: allowed.join("/") || "-" });
    const [taken] = await tx
      .select({ id: networkNodes.id })
      .from(networkNodes)
      .where(and(eq(networkNodes.tenantId, actor.tenantId), eq(networkNodes.code, input.code)));
    if (taken) throw new AppError("field.node_code_taken", { code: input.code });
    const id = newId("nod");
    const now = s.clock.now();
    const [row] = await tx
      .insert(networkNodes)
      .values({
        id,
        tenantId: actor.tenantId,
        parentId: parent?.id ?? null,
        level: input.level,
        code: input.code,
        name: input.name,
        partner: input.partner ?? false,
        path: `${parent?.path ?? "/"}${id}/`,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.node_created",
      entityType: "network_node",
      entityId: id,
      data: { code: input.code, level: input.level, parentId: parent?.id ?? null },
      at: now,
    });
    return toNodeDto(row);
  });
}

export async function readNodes(s: Services, actor: Actor) {
  const scope = await fieldScope(s.db, actor);
  return (await listNodes(s.db, actor.tenantId, scope)).map(toNodeDto);
}

// Attaches a staff member (or a dealer, to their outlet) to a node: from then on they see that
// node's part of the network.
export async function attachStaff(s: Services, actor: Actor, userId: string, input: TAttachStaff) {
  return s.db.transaction(async (tx) => {
    const user = await findUser(tx, actor.tenantId, userId);
    if (!user) throw new AppError("user.not_found");
    if (!isStaff(user.role) && user.role !== "dealer") throw new AppError("field.user_not_staff");
    const node = await findNode(tx, actor.tenantId, input.nodeId);
    if (!node) throw new AppError("field.node_not_found");
    await tx
      .insert(networkStaff)
      .values({ tenantId: actor.tenantId, userId, nodeId: node.id })
      .onConflictDoUpdate({ target: [networkStaff.tenantId, networkStaff.userId], set: { nodeId: node.id } });
    await syncUserNode(tx, actor.tenantId, userId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.staff_attached",
      entityType: "user",
      entityId: userId,
      data: { nodeId: node.id },
      at: s.clock.now(),
    });
    return { userId, nodeId: node.id };
  });
}

export async function putTechnician(s: Services, actor: Actor, userId: string, input: TPutTechnician) {
  return s.db.transaction(async (tx) => {
    const user = await findUser(tx, actor.tenantId, userId);
    if (!user) throw new AppError("user.not_found");
    if (user.role !== "technician") throw new AppError("field.not_technician");
    const node = await findNode(tx, actor.tenantId, input.nodeId);
    if (!node) throw new AppError("field.node_not_found");
    const values = {
      nodeId: node.id,
      skills: [...new Set(input.skills)],
      workDays: [...new Set(input.workDays)].sort(),
      shiftStart: minutesOf(input.shiftStart),
      shiftEnd: minutesOf(input.shiftEnd),
      vanSite: input.vanSite ?? null,
      homeLat: input.homeLat ?? null,
      homeLng: input.homeLng ?? null,
    };
    const [row] = await tx
      .insert(technicians)
      .values({ tenantId: actor.tenantId, userId, ...values, createdAt: s.clock.now() })
      .onConflictDoUpdate({ target: [technicians.tenantId, technicians.userId], set: values })
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await syncUserNode(tx, actor.tenantId, userId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.technician_saved",
      entityType: "user",
      entityId: userId,
      data: values,
      at: s.clock.now(),
    });
    return toTechnicianDto(row, user.name);
  });
}

export async function readTechnicians(s: Services, actor: Actor) {
  const scope = await fieldScope(s.db, actor);
  if (scope.kind === "customer" || scope.kind === "none") return [];
  const where = scope.kind === "subtree" ? inSubtree(networkNodes.path, scope.path) : undefined;
  return (await listTechnicians(s.db, actor.tenantId, where)).map((r) => toTechnicianDto(r.tech, r.name));
}
