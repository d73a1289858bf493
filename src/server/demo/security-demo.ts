import { users } from "../modules/auth/index.js";
import type { Services } from "../platform/context.js";
import { newId } from "../platform/ids.js";

// An external auditor (read-only audit log): auditor@demo.local.
export async function seedSecurityDemo(s: Services, tenantId: string, passwordHash: string): Promise<void> {
  await s.db.insert(users).values({
    id: newId("usr"),
    tenantId,
    email: "auditor@demo.local",
    name: "郑审 (Auditor)",
    role: "auditor",
    passwordHash,
  });
}
