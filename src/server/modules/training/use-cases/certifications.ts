import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { drainAfterCommit } from "../../assignment/index.js";
import {
  issueCertification,
  listStaffCertifications,
  revokeCertification,
  validCertificationsOf,
} from "../../field/index.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";

// Certifications are the field module's (one table for every staff user): these are the People
// API's thin use cases over its commands.

export const grantCertification = (
  s: Services,
  actor: Actor,
  input: { userId: string; skill: string; validUntil: string; name?: string | undefined },
) =>
  s.db.transaction(async (tx) => {
    // A newly certified person may take tickets that waited for someone certified.
    drainAfterCommit(tx, s, actor.tenantId);
    return issueCertification(tx, s, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      userId: input.userId,
      skill: input.skill,
      name: input.name ?? input.skill,
      expiresOn: input.validUntil,
      source: { kind: "manual" },
    });
  });

export const revoke = (s: Services, actor: Actor, id: string) =>
  s.db.transaction((tx) => revokeCertification(tx, s, actor.tenantId, actor.userId, id));

export const listCertifications = (
  s: Services,
  actor: Actor,
  filter: { userId?: string; expiringOnly?: boolean },
) => listStaffCertifications(s.db, s, actor.tenantId, filter);

// What the customer (or anyone who may see the ticket) learns of the person serving it: the names
// and validity of their valid certifications, nothing else about them.
export async function servingCertifications(s: Services, actor: Actor, ref: string) {
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  if (!ticket.assigneeId) return { items: [] };
  const held = await validCertificationsOf(s.db, s, actor.tenantId, ticket.assigneeId);
  return { items: held.map((c) => ({ name: c.name, skill: c.skill, validUntil: c.expiresOn })) };
}
