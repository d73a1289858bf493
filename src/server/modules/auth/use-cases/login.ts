import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { findUserByEmail, insertCredential } from "../auth.repository.js";
import { verifyPassword } from "../passwords.js";
import { newToken, tokenDigest } from "../tokens.js";
import { toUserDto } from "../user-dto.js";

export const SESSION_DAYS = 30;

export async function login(s: Services, input: { email: string; password: string }) {
  const user = await findUserByEmail(s.db, input.email);
  const ok = await verifyPassword(user?.active ? user.passwordHash : undefined, input.password);
  if (!ok || !user) throw new AppError("auth.invalid_credentials");
  const token = newToken("session");
  const now = s.clock.now();
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
