import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { setUserNodePath } from "../../auth/index.js";
import { findTicket, setTicketNode, type TicketRow, ticketVisibility } from "../../tickets/index.js";
import { findNode, type NodeRow } from "../field.repository.js";
import type { TAttachStaff } from "../field.schemas.js";
import { fieldScope } from "../field.scope.js";
import { networkNodes, networkStaff, technicians } from "../field.tables.js";

// The node a user works for, as field.scope.ts reads it (an attachment first, else a technician's
// home node), copied onto the user so every request knows it: tickets are scoped by it.
export async function syncUserNode(tx: Db, tenantId: string, userId: string): Promise<void> {
  const pathOf = async (nodeId: string | undefined) =>
    nodeId ? (await findNode(tx, tenantId, nodeId))?.path : undefined;
  const [attached] = await tx
    .select({ nodeId: networkStaff.nodeId })
    .from(networkStaff)
    .where(and(eq(networkStaff.tenantId, tenantId), eq(networkStaff.userId, userId)));
  const [home] = await tx
    .select({ nodeId: technicians.nodeId })
    .from(technicians)
    .where(and(eq(technicians.tenantId, tenantId), eq(technicians.userId, userId)));
  const path = (await pathOf(attached?.nodeId)) ?? (await pathOf(home?.nodeId)) ?? null;
  await setUserNodePath(tx, tenantId, userId, path);
}

const lastId = (path: string) => path.split("/").filter(Boolean).at(-1) ?? "";

async function nodeNameOf(tx: Db, tenantId: string, path: string | null) {
  if (!path) return null;
  const [row] = await tx
    .select({ name: networkNodes.name })
    .from(networkNodes)
    .where(and(eq(networkNodes.tenantId, tenantId), eq(networkNodes.id, lastId(path))));
  return row?.name ?? null;
}

async function moveTicket(tx: Db, s: Services, actor: Actor, ticket: TicketRow, node: NodeRow) {
  const previous = await nodeNameOf(tx, actor.tenantId, ticket.nodePath);
  await setTicketNode(tx, s, actor, ticket.id, { path: node.path, name: node.name }, previous);
}

// A visit served from `node`: a ticket with no node, or one of a node above it, now belongs to the
// visit's node (so that region or outlet sees the ticket it works on). A ticket already placed in
// another branch stays where it is: moving it between regions is the desk's decision (PUT …/node).
export async function placeTicketWithVisit(
  tx: Db,
  s: Services,
  actor: Actor,
  ticket: TicketRow,
  node: NodeRow,
) {
  if (ticket.nodePath === null || node.path.startsWith(ticket.nodePath))
    await moveTicket(tx, s, actor, ticket, node);
}

// The desk names the node that handles a ticket; both must be within the caller's reach.
export async function putTicketNode(s: Services, actor: Actor, ref: string, input: TAttachStaff) {
  return s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    const node = await findNode(tx, actor.tenantId, input.nodeId, await fieldScope(tx, actor));
    if (!node) throw new AppError("field.node_not_found");
    await moveTicket(tx, s, actor, ticket, node);
    return { ticketNumber: ticket.number, nodeId: node.id, nodeName: node.name };
  });
}
