import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";

// Every change of a gap's state is in the audit log, in the transaction that made it.
export const auditGap = (
  tx: Db,
  s: Services,
  who: { tenantId: string; userId: string | null },
  action: "kb.gap_drafted" | "kb.gap_dismissed" | "kb.gap_addressed" | "kb.gap_reopened",
  gapId: string,
  data: Record<string, unknown>,
) =>
  appendAudit(tx, {
    tenantId: who.tenantId,
    actorId: who.userId,
    action,
    entityType: "kb_gap",
    entityId: gapId,
    data,
    at: s.clock.now(),
  });
