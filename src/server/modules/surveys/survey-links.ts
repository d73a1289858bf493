import { createHash, randomBytes } from "node:crypto";
import { deliverySettings } from "../../config.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { surveyInvitations } from "./surveys.tables.js";

const LINK_TTL_MS = 30 * 86_400_000;

export const hashSurveyToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function surveyUrl(s: Services, token: string): string {
  const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
    /\/+$/,
    "",
  );
  return `${base}/survey/${token}`;
}

export const newSurveyToken = () => randomBytes(24).toString("base64url");

// A personal link: 192 random bits, of which the database keeps only the hash.
export async function issueInvitation(
  tx: Db,
  s: Services,
  i: {
    tenantId: string;
    surveyId: string;
    customerId: string;
    ticketId: string | null;
    channel: string;
    automatic?: boolean;
    now: Date;
  },
) {
  const token = newSurveyToken();
  const id = newId("svi");
  await tx.insert(surveyInvitations).values({
    id,
    tenantId: i.tenantId,
    surveyId: i.surveyId,
    customerId: i.customerId,
    ticketId: i.ticketId,
    channel: i.channel,
    automatic: i.automatic ?? false,
    tokenHash: hashSurveyToken(token),
    expiresAt: new Date(i.now.getTime() + LINK_TTL_MS),
    createdAt: i.now,
  });
  return { id, token, url: surveyUrl(s, token) };
}

// A round's personal link (periodic or product-update survey): null when this customer already
// has one for the round (a retried job, a second worker) — the unique round index decides.
export async function issueRoundInvitation(
  tx: Db,
  s: Services,
  i: { tenantId: string; surveyId: string; customerId: string; channel: string; round: string; now: Date },
) {
  const token = newSurveyToken();
  const id = newId("svi");
  const rows = await tx
    .insert(surveyInvitations)
    .values({
      id,
      tenantId: i.tenantId,
      surveyId: i.surveyId,
      customerId: i.customerId,
      ticketId: null,
      channel: i.channel,
      automatic: true,
      round: i.round,
      tokenHash: hashSurveyToken(token),
      expiresAt: new Date(i.now.getTime() + LINK_TTL_MS),
      createdAt: i.now,
    })
    .onConflictDoNothing()
    .returning({ id: surveyInvitations.id });
  return rows.length === 1 ? { id, token, url: surveyUrl(s, token) } : null;
}
