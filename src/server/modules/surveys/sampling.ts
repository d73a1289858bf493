import { createHash } from "node:crypto";
import { quotaFor, type Segment, type SegmentQuotas } from "./segments.js";

const DAY_MS = 86_400_000;

// Contact-frequency cap: nobody is asked again within `capDays` of their last invitation.
export function capAllows(lastInvitedAt: Date | null, now: Date, capDays: number): boolean {
  if (lastInvitedAt === null || capDays <= 0) return true;
  return now.getTime() - lastInvitedAt.getTime() >= capDays * DAY_MS;
}

// Sampling quota: a stable share of `percent` % of keys (a ticket id) is surveyed. Stable, so a
// retried job decides the same way; uniform, since the key is hashed.
export function sampled(key: string, percent: number): boolean {
  if (percent >= 100) return true;
  if (percent <= 0) return false;
  const bucket = createHash("sha256").update(key).digest().readUInt32BE(0) % 10_000;
  return bucket < percent * 100;
}

// The whole decision for one closed ticket: its customer's segment quota (a stable hash of the
// ticket, as above), then the frequency cap. Pure, so property tests can drive it.
export function shouldInvite(
  ticket: { id: string; segment: Segment },
  survey: { samplePercent: number; capDays: number; segmentQuotas: SegmentQuotas | null },
  lastInvitedAt: Date | null,
  now: Date,
): boolean {
  if (!sampled(ticket.id, quotaFor(survey.segmentQuotas, ticket.segment, survey.samplePercent))) return false;
  return capAllows(lastInvitedAt, now, survey.capDays);
}
