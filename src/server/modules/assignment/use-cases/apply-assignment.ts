import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { TicketRow } from "../../tickets/index.js";
import { touchLastAssigned } from "../assignment.repository.js";
import { writeAssignment } from "./drain-queue.js";

// Writes one assignment with its explanation; the caller holds the routing lock.
export async function applyAssignment(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  to: string,
  rule: "auto" | "first_contact",
  reason: Record<string, unknown>,
  at: Date,
): Promise<TicketRow> {
  const after = await writeAssignment(tx, s, ticket, to, rule, reason, at);
  await touchLastAssigned(tx, ticket.tenantId, [to], at);
  return after;
}
