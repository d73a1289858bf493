import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Services } from "../../../platform/context.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { countRecentRequests, findTenantBySlug, insertPublicRequest } from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";
import { verifyRequestJob } from "./verify-request-job.js";

const HOUR_MS = 3_600_000;

const HOLD_MS = 48 * HOUR_MS;

// Captcha-free, so bounded: per sender address and per client address, each within an hour.
const LIMITS = { perEmail: 3, perIp: 10 } as const;

export const ZPublicRequest = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^(\+?[0-9][0-9 ()-]{4,39})?$/)
    .optional(),
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
});

export type TPublicRequest = z.infer<typeof ZPublicRequest>;

export type SubmitOutcome = "held" | "no_tenant" | "rate_limited";

// The request waits, unverified, until its sender opens the link mailed to them.
export async function submitPublicRequest(
  s: Services,
  slug: string,
  input: TPublicRequest,
  meta: { ip: string; locale: MailLocale },
): Promise<SubmitOutcome> {
  const tenant = await findTenantBySlug(s.db, slug);
  if (!tenant) return "no_tenant";
  const now = s.clock.now();
  const since = new Date(now.getTime() - HOUR_MS);
  return s.db.transaction(async (tx) => {
    if (
      (await countRecentRequests(tx, tenant.id, { email: input.email }, since)) >= LIMITS.perEmail ||
      (await countRecentRequests(tx, tenant.id, { ip: meta.ip }, since)) >= LIMITS.perIp
    )
      return "rate_limited";
    // A placeholder key until the verification job mints the token (only its hash is kept).
    const id = `pending_${randomBytes(16).toString("hex")}`;
    await insertPublicRequest(tx, {
      id,
      tenantId: tenant.id,
      email: input.email,
      name: input.name,
      phone: input.phone || null,
      subject: input.subject,
      description: input.description,
      ip: meta.ip,
      locale: meta.locale,
      expiresAt: new Date(now.getTime() + HOLD_MS),
      createdAt: now,
    });
    await enqueue(
      tx,
      verifyRequestJob,
      { tenantId: tenant.id, requestId: id, slug },
      { tenantId: tenant.id },
    );
    return "held";
  });
}
