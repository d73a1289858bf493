import { and, eq } from "drizzle-orm";
import { eraseAuditAbout } from "../../../platform/audit/audit-erasure.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import { auditDeps, sealAuditLog } from "../../../platform/audit/audit-sealer.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { scrubJobs } from "../../../platform/privacy/scrub-jobs.js";
import { eraseCustomerAccounts } from "../../auth/index.js";
import { eraseCallbackData } from "../../callbacks/index.js";
import { eraseChannelData } from "../../channels/index.js";
import { eraseChatData, eraseWechatData } from "../../chat/index.js";
import { eraseComplaintData } from "../../complaints/index.js";
import { customers, findCustomer, toCustomerExport } from "../../customers/index.js";
import { eraseVisitData } from "../../field/index.js";
import { eraseLoyaltyData } from "../../loyalty/index.js";
import { eraseRegistrationData, eraseTransferOffers } from "../../registrations/index.js";
import { eraseRmaData } from "../../rma/index.js";
import { eraseSurveyData } from "../../surveys/index.js";
import { eraseTicketData } from "../../tickets/index.js";
import { eraseVocAlertData } from "../../voc-alerts/index.js";
import { scrubDeliveries } from "../../webhooks/index.js";
import { scrubNotifications } from "../../workspace/index.js";
import { loadDataSubject } from "./data-subject.js";
import { deleteUnusedFiles } from "./delete-unused-files.js";

// Erasure (PIPL art. 47) by pseudonymisation: the customer's record keeps its id, tier and
// outlet but gets a pseudonym for a name and loses e-mail, phone and language; their portal
// accounts are turned off; what they wrote (ticket descriptions, their messages, mails, form
// requests, chat messages, survey comments and the crisis alerts' excerpts of them, the reason
// they gave for rejecting a complaint's resolution) and every attachment of their tickets,
// visit photos and registration invoices is erased; their name, e-mail and phone are replaced
// by the pseudonym wherever else they appear (staff replies, ticket history, chats, callback,
// complaint and RMA notes, loyalty notes, alerts, notices, notifications, webhook payloads,
// queued jobs) and the audit entries about them keep only their commitments, so every
// checkpoint and proof stays valid. Tickets, visits, survey scores, callbacks, complaints, RMAs
// and the points ledger stay, with their numbers, dates and outcomes, for the statistics.
export async function erasePersonalData(s: Services, actor: Actor, customerId: string, confirm: string) {
  const before = await loadDataSubject(s.db, actor.tenantId, customerId);
  if (before.customer.erasedAt) throw new AppError("privacy.already_erased");
  if (confirm.trim() !== before.customer.name.trim()) throw new AppError("privacy.confirm_mismatch");
  // Seal what is waiting, so entries about the customer are erased by commitment (and those
  // written meanwhile, still unsealed, are replaced before they are ever sealed).
  await sealAuditLog(auditDeps(s));
  const now = s.clock.now();
  const files = await s.db.transaction(async (tx) => {
    const subject = await loadDataSubject(tx, actor.tenantId, customerId);
    const { tenantId, who } = subject;
    const accountIds = subject.accounts.map((a) => a.id);
    const ticketFiles = await eraseTicketData(tx, {
      tenantId,
      ticketIds: subject.ticketIds,
      authorIds: accountIds,
      fromAddresses: [subject.customer.email, ...subject.accounts.map((a) => a.email)].filter(
        (a): a is string => !!a,
      ),
      who,
    });
    const mailFiles = await eraseChannelData(tx, {
      tenantId,
      customerId,
      ticketIds: subject.ticketIds,
      who,
    });
    await eraseTransferOffers(tx, {
      tenantId,
      customerId,
      emails: [subject.customer.email, ...subject.accounts.map((a) => a.email)].filter(
        (a): a is string => !!a,
      ),
      phones: subject.customer.phone ? [subject.customer.phone] : [],
      at: now,
    });
    const visitFiles = await eraseVisitData(tx, tenantId, customerId, who);
    await eraseLoyaltyData(tx, tenantId, customerId, who);
    await eraseChatData(tx, tenantId, customerId, who);
    await eraseWechatData(tx, tenantId, customerId, who);
    const surveyResponseIds = await eraseSurveyData(tx, tenantId, customerId, who);
    await eraseVocAlertData(tx, { tenantId, ticketIds: subject.ticketIds, surveyResponseIds, who });
    const invoiceFiles = await eraseRegistrationData(tx, tenantId, customerId, who);
    await eraseCallbackData(tx, tenantId, who);
    await eraseComplaintData(tx, tenantId, customerId, who);
    await eraseRmaData(tx, tenantId, who);
    await scrubNotifications(tx, tenantId, who);
    await scrubDeliveries(tx, tenantId, who);
    await scrubJobs(tx, tenantId, who);
    const auditEntries = await eraseAuditAbout(
      tx,
      tenantId,
      [customerId, ...accountIds, ...subject.ticketIds, ...subject.unitIds],
      who,
    );
    await eraseCustomerAccounts(tx, tenantId, customerId, who.pseudonym, now);
    await tx
      .update(customers)
      .set({
        name: who.pseudonym,
        email: null,
        phone: null,
        locale: null,
        // The street and the coordinates find the person; the district alone does not.
        street: null,
        lat: null,
        lng: null,
        erasedAt: now,
        updatedAt: now,
      })
      .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
    // The record of the erasure names no personal data: who did it, when, and how much.
    await appendAudit(tx, {
      tenantId,
      actorId: actor.userId,
      action: "customer.erased",
      entityType: "customer",
      entityId: customerId,
      data: {
        tickets: subject.ticketIds.length,
        accounts: accountIds.length,
        files: ticketFiles.length + mailFiles.length + visitFiles.length + invoiceFiles.length,
        auditEntries,
      },
      at: now,
    });
    return { ticketFiles: [...ticketFiles, ...visitFiles, ...invoiceFiles], mailFiles };
  });
  // Files go after commit, and only when no row refers to them any more (identical uploads share
  // one content-addressed file).
  await deleteUnusedFiles(s, actor.tenantId, files.ticketFiles, "erasure");
  for (const key of files.mailFiles) {
    await s.files.delete(key).catch((err) => s.logger.error({ err }, "erasure: a file could not be deleted"));
  }
  const after = await findCustomer(s.db, actor.tenantId, customerId);
  if (!after) throw new AppError("customer.not_found");
  return toCustomerExport(after);
}
