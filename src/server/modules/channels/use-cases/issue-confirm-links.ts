import { randomBytes } from "node:crypto";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { insertConfirmToken } from "../channels.repository.js";
import { hashToken, publicBaseUrl } from "./public-links.js";

const CONFIRM_TTL_MS = 30 * 86_400_000;

// One fresh token per resolution notice; the mail carries it, the database only its hash.
export async function issueConfirmLinks(
  tx: Db,
  s: Services,
  t: { tenantId: string; ticketId: string; customerId: string; now: Date },
) {
  const token = randomBytes(24).toString("base64url");
  await insertConfirmToken(tx, {
    id: hashToken(token),
    tenantId: t.tenantId,
    ticketId: t.ticketId,
    customerId: t.customerId,
    expiresAt: new Date(t.now.getTime() + CONFIRM_TTL_MS),
    createdAt: t.now,
  });
  const base = `${publicBaseUrl(s)}/confirm/${token}`;
  return { confirmUrl: `${base}?answer=yes`, rejectUrl: `${base}?answer=no` };
}
