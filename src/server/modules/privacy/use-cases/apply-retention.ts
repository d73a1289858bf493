import { eraseAuditAbout } from "../../../platform/audit/audit-erasure.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import { afterCommit } from "../../../platform/db/after-commit.js";
import type { JobContext } from "../../../platform/jobs/queue.js";
import { eraseChannelData } from "../../channels/index.js";
import { closedTicketsToErase, eraseTicketData, purgeOldAttachments } from "../../tickets/index.js";
import { retentionSettings } from "../privacy.tables.js";
import { loadDataSubject } from "./data-subject.js";
import { deleteUnusedFiles } from "./delete-unused-files.js";

// Tickets erased per tenant and run; a backlog is worked off over the following days.
const BATCH = 2000;

const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

// The daily schedule: for every tenant with rules, erases the personal data of tickets closed
// longer ago than its rule (as the customer erasure does, limited to those tickets) and deletes
// old attachments' contents; files go after commit. Each run that changed something is recorded.
export async function applyRetention({ tx, s, now }: JobContext): Promise<void> {
  const tenants = await tx.select().from(retentionSettings);
  const files: { tenantId: string; keys: string[] }[] = [];
  for (const rule of tenants) {
    const { tenantId } = rule;
    let erasedTickets = 0;
    const keys: string[] = [];
    if (rule.closedTicketMonths) {
      const due = await closedTicketsToErase(tx, tenantId, monthsBefore(now, rule.closedTicketMonths), BATCH);
      const byCustomer = new Map<string, typeof due>();
      for (const t of due) byCustomer.set(t.customerId, [...(byCustomer.get(t.customerId) ?? []), t]);
      for (const [customerId, list] of byCustomer) {
        const subject = await loadDataSubject(tx, tenantId, customerId);
        const ticketIds = list.map((t) => t.id);
        const accountIds = subject.accounts.map((a) => a.id);
        keys.push(
          ...(await eraseTicketData(tx, {
            tenantId,
            ticketIds,
            authorIds: accountIds,
            fromAddresses: [subject.customer.email, ...subject.accounts.map((a) => a.email)].filter(
              (a): a is string => !!a,
            ),
            who: subject.who,
          })),
        );
        await eraseChannelData(tx, { tenantId, customerId, ticketIds, who: subject.who, onlyTickets: true });
        // Only these tickets' entries (no search by the customer's identifiers across the log).
        await eraseAuditAbout(tx, tenantId, ticketIds, { patterns: [], pseudonym: subject.who.pseudonym });
        erasedTickets += ticketIds.length;
      }
    }
    if (rule.attachmentMonths)
      keys.push(...(await purgeOldAttachments(tx, tenantId, monthsBefore(now, rule.attachmentMonths))));
    if (erasedTickets > 0 || keys.length > 0) {
      await appendAudit(tx, {
        tenantId,
        actorId: null,
        action: "retention.applied",
        entityType: "tenant",
        entityId: tenantId,
        data: { tickets: erasedTickets, files: keys.length },
        at: now,
      });
      files.push({ tenantId, keys });
    }
  }
  // Not durable: a crash right after commit leaves unreferenced files, which hold nothing any row
  // points to; the next erasure or purge of the same content removes them.
  afterCommit(tx, async () => {
    for (const f of files) {
      await deleteUnusedFiles(s, f.tenantId, f.keys, "retention");
    }
  });
}
