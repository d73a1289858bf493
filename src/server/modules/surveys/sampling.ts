import { createHash } from "node:crypto";

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
