import { users } from "../modules/auth/index.js";
import { auditDeps, sealAuditLog } from "../platform/audit/audit-sealer.js";
import type { Services } from "../platform/context.js";
import { newId } from "../platform/ids.js";

// An external auditor (read-only audit log): auditor@demo.local. Then the demo's history is sealed
// in one batch: the stories are dated months back, and a second batch of 1,000 sealed after the
// first checkpoint would rightly be reported as backdated.
export async function seedSecurityDemo(s: Services, tenantId: string, passwordHash: string): Promise<void> {
  await s.db.insert(users).values({
    id: newId("usr"),
    tenantId,
    email: "auditor@demo.local",
    name: "郑审",
    role: "auditor",
    passwordHash,
  });
  await sealAuditLog(auditDeps(s), Number.MAX_SAFE_INTEGER);
}
