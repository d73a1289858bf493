import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { findUserByEmail, insertCredential } from "../auth.repository.js";
import { clearFailures, reserveAttempt } from "../login-throttle.js";
import { verifyPassword } from "../passwords.js";
import { newToken, tokenDigest } from "../tokens.js";
import { toUserDto } from "../user-dto.js";

const SESSION_DAYS = 30;

export async function login(s: Services, input: { email: string; password: string }, ip = "unknown") {
  const now = s.clock.now();
  const email = input.email.toLowerCase();
  // Counted as a failure until the password proves right (see reserveAttempt).
  await reserveAttempt(s.db, email, ip, now);
  const user = await findUserByEmail(s.db, email);
  const ok = await verifyPassword(user?.active ? user.passwordHash : undefined, input.password);
  if (!ok || !user) throw new AppError("auth.invalid_credentials");
  await clearFailures(s.db, email);
  const token = newToken("session");
  await insertCredential(s.db, {
    id: newId("ses"),
    tenantId: user.tenantId,
    userId: user.id,
    kind: "session",
    tokenHash: tokenDigest(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
  });
  return { token, user: toUserDto(user) };
}
