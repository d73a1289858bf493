import { and, asc, eq } from "drizzle-orm";
import { auditEntriesAbout } from "../../../platform/audit/audit-erasure.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { exportCallbackData } from "../../callbacks/index.js";
import { exportChannelData } from "../../channels/index.js";
import { exportChatData } from "../../chat/index.js";
import { exportComplaintData } from "../../complaints/index.js";
import { toCustomerExport } from "../../customers/index.js";
import { exportVisitData } from "../../field/index.js";
import { exportLoyaltyData } from "../../loyalty/index.js";
import { products, units } from "../../products/index.js";
import { exportRegistrationData } from "../../registrations/index.js";
import { exportRmaData } from "../../rma/index.js";
import { exportSurveyData } from "../../surveys/index.js";
import { exportTicketData } from "../../tickets/index.js";
import { loadDataSubject } from "./data-subject.js";

export const EXPORT_FORMAT = "aftercare.personal-data/1" as const;

// Everything we hold about one customer (PIPL art. 45): their record and portal accounts, units,
// tickets with the public messages and the list of attachments, mails, notices and calls, chats
// and WeChat bindings, survey answers, unit registrations (the invoice listed), visits (photos
// listed), callbacks, complaints, RMAs, loyalty (points, vouchers, referrals), and the audit
// entries about them. Recorded in the audit log.
export async function exportPersonalData(s: Services, actor: Actor, customerId: string) {
  const subject = await loadDataSubject(s.db, actor.tenantId, customerId);
  const { tenantId } = subject;
  const unitRows = await s.db
    .select({
      serial: units.serial,
      product: products.name,
      sku: products.sku,
      purchasedAt: units.purchasedAt,
      warrantyEndsAt: units.warrantyEndsAt,
      createdAt: units.createdAt,
    })
    .from(units)
    .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
    .where(and(eq(units.tenantId, tenantId), eq(units.customerId, customerId)))
    .orderBy(asc(units.createdAt));
  const ticketData = await exportTicketData(s.db, tenantId, customerId);
  const channelData = await exportChannelData(s.db, {
    tenantId,
    customerId,
    ticketIds: subject.ticketIds,
    who: subject.who,
  });
  const moduleData = {
    ...(await exportChatData(s.db, tenantId, customerId)),
    ...(await exportSurveyData(s.db, tenantId, customerId)),
    ...(await exportRegistrationData(s.db, tenantId, customerId)),
    ...(await exportVisitData(s.db, tenantId, customerId)),
    ...(await exportCallbackData(s.db, tenantId, customerId)),
    ...(await exportComplaintData(s.db, tenantId, customerId)),
    ...(await exportRmaData(s.db, tenantId, customerId)),
    ...(await exportLoyaltyData(s.db, tenantId, customerId)),
  };
  const audit = await auditEntriesAbout(
    s.db,
    tenantId,
    [customerId, ...subject.accounts.map((a) => a.id), ...subject.ticketIds, ...subject.unitIds],
    subject.who,
  );
  const now = s.clock.now();
  await s.db.transaction((tx) =>
    appendAudit(tx, {
      tenantId,
      actorId: actor.userId,
      action: "customer.data_exported",
      entityType: "customer",
      entityId: customerId,
      data: {},
      at: now,
    }),
  );
  // JSON round trip: dates become ISO strings, as in every other answer.
  return JSON.parse(
    JSON.stringify({
      format: EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      customer: toCustomerExport(subject.customer),
      accounts: subject.accounts,
      units: unitRows,
      ...ticketData,
      ...channelData,
      ...moduleData,
      audit,
    }),
  ) as { format: typeof EXPORT_FORMAT; exportedAt: string } & Record<string, unknown>;
}
