import type { Services } from "../../../platform/context.js";
import { BatchedRead } from "../../../platform/db/batched-read.js";
import { getOrCreate } from "../../../platform/get-or-create.js";
import { type EmailMessageRow, findEmailsByMessageIds } from "../channels.repository.js";

const reads = new WeakMap<Services, Map<string, BatchedRead<string, EmailMessageRow>>>();

// The stored mail with this Message-ID, if any: the check before a mail is stored at all. In a
// storm the checks of concurrent mails of a tenant share one query.
export function knownMail(s: Services, tenantId: string, messageId: string) {
  const byTenant = getOrCreate(reads, s, () => new Map<string, BatchedRead<string, EmailMessageRow>>());
  const read = getOrCreate(
    byTenant,
    tenantId,
    () =>
      new BatchedRead<string, EmailMessageRow>(
        async (ids) =>
          new Map((await findEmailsByMessageIds(s.db, tenantId, ids)).map((r) => [r.messageId, r])),
      ),
  );
  return read.get(messageId);
}
