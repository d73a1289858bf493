import { z } from "zod";
import { appendAudit } from "../../platform/audit/audit-log.js";
import { newId } from "../../platform/ids.js";
import { defineOutboundJob } from "../../platform/jobs/queue.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../channels/index.js";
import { findCustomer } from "../customers/index.js";
import { findVisit } from "./field.repository.js";
import { reportContext } from "./report-verification.js";
import { renderReport } from "./use-cases/visit-report.js";

type ReportPlan = { mail: PlannedMail; visitId: string };

// The service report mailed to the customer once the visit is checked out (enqueued in that
// transaction, so only a committed check-out sends). The PDF is rendered at send time from the
// visit as stored: the plan holds only the mail's text and its Message-ID (the idempotency key).
export const reportMailJob = defineOutboundJob({
  kind: "field.report_mail",
  payload: z.object({ tenantId: z.string(), visitId: z.string() }),
  async prepare(p, { tx }): Promise<ReportPlan | null> {
    const visit = await findVisit(tx, p.tenantId, p.visitId, { kind: "tenant" });
    if (visit?.status !== "done") return null;
    const customer = await findCustomer(tx, p.tenantId, visit.customerId);
    const sender = await tenantSender(tx, p.tenantId);
    if (!customer?.email || !sender) return null;
    const en = customer.locale === "en";
    return {
      visitId: visit.id,
      mail: {
        mailboxId: sender.id,
        tenantId: p.tenantId,
        messageId: `${newId("rpt")}@${sender.address.split("@")[1] ?? "aftercare.local"}`,
        to: customer.email,
        subject: en ? `Service report for ${visit.ticketNumber}` : `电子服务单 ${visit.ticketNumber}`,
        text: en
          ? `Dear ${customer.name},\n\nthe service report of your visit is attached. You can also download it from the customer portal.`
          : `${customer.name}，您好：\n\n附件是本次上门服务的电子服务单，您也可以在客户门户中下载。`,
      },
    };
  },
  async send(plan, { s }) {
    const visit = await findVisit(s.db, plan.mail.tenantId, plan.visitId, { kind: "tenant" });
    if (!visit) return { sent: false };
    const pdf = await renderReport(s, visit, await reportContext(s.db, visit));
    await sendPlannedMail(s, s.db, plan.mail, [
      { filename: `service-report-${visit.ticketNumber}.pdf`, content: pdf, contentType: "application/pdf" },
    ]);
    return { sent: true };
  },
  async record(plan, result, { tx, now }) {
    if (!result.sent) return;
    await appendAudit(tx, {
      tenantId: plan.mail.tenantId,
      actorId: null,
      action: "visit.report_mailed",
      entityType: "visit",
      entityId: plan.visitId,
      data: { to: plan.mail.to },
      at: now,
    });
  },
});
