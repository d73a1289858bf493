import type { PortalSurvey } from "../../../../shared/api/surveys.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket } from "../../tickets/index.js";
import { findInvitation, openInvitationsOf } from "../surveys.repository.js";
import { answerInvitation, viewInvitation } from "./answer-survey.js";

// The signed-in customer's own invitation, or "not found" (another customer's is never shown).
async function ownInvitation(s: Services, actor: Actor, id: string) {
  const inv = actor.customerId ? await findInvitation(s.db, actor.tenantId, id) : undefined;
  if (!inv || inv.customerId !== actor.customerId) throw new AppError("survey.link_invalid");
  return inv;
}

// The portal's card: the surveys waiting for this customer's answer, whatever channel sent them.
export async function myOpenSurveys(s: Services, actor: Actor): Promise<PortalSurvey[]> {
  if (!actor.customerId) return [];
  const rows = await openInvitationsOf(s.db, actor.tenantId, actor.customerId, s.clock.now());
  return Promise.all(
    rows.map(async ({ inv, surveyName }) => {
      const ticket = inv.ticketId ? await findTicket(s.db, actor.tenantId, inv.ticketId) : undefined;
      return {
        invitationId: inv.id,
        surveyName,
        ticketNumber: ticket?.number ?? null,
        sentAt: inv.createdAt.toISOString(),
        expiresAt: inv.expiresAt.toISOString(),
      };
    }),
  );
}

export async function viewMySurvey(s: Services, actor: Actor, invitationId: string) {
  return viewInvitation(s, await ownInvitation(s, actor, invitationId));
}

export async function answerMySurvey(
  s: Services,
  actor: Actor,
  invitationId: string,
  answers: Record<string, unknown>,
) {
  return answerInvitation(s, await ownInvitation(s, actor, invitationId), answers);
}
