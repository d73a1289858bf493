import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline).
export const hashPassword = (password: string) => hash(password);

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  // Verify against a throwaway hash when the user doesn't exist, so timing doesn't reveal it.
  dummyHash ??= hash("not-a-real-password");
  const target = stored ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && stored !== undefined;
}
