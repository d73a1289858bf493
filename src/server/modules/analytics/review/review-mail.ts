import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob } from "../../../platform/jobs/queue.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../../channels/index.js";
import { findReview, reviewRecipients, reviewSettings } from "./review.repository.js";
import { renderReview, reviewFileName } from "./review-files.js";

type ReviewPlan = { mail: PlannedMail; reportId: string; userId: string };

const TITLES = {
  monthly: { zh: "月度服务回顾", en: "Monthly service review" },
  half_yearly: { zh: "半年度服务回顾", en: "Half-yearly service review" },
};

// One review mailed to one manager, enqueued in the transaction that made (or re-sent) it. The PDF
// and the workbook are rendered at send time; the plan holds the text and the Message-ID.
export const reviewMailJob = defineOutboundJob({
  kind: "analytics.review_mail",
  payload: z.object({ tenantId: z.string(), reportId: z.string(), userId: z.string() }),
  async prepare(p, { tx }): Promise<ReviewPlan | null> {
    const report = await findReview(tx, p.tenantId, p.reportId);
    const settings = await reviewSettings(tx, p.tenantId);
    const [user] = await reviewRecipients(tx, p.tenantId, settings.roles, p.userId);
    const sender = await tenantSender(tx, p.tenantId);
    if (!report || !user || !sender) return null;
    const en = user.locale === "en";
    const title = TITLES[report.kind];
    return {
      reportId: report.id,
      userId: user.id,
      mail: {
        mailboxId: sender.id,
        tenantId: p.tenantId,
        messageId: `${newId("rvw")}@${sender.address.split("@")[1] ?? "aftercare.local"}`,
        to: user.email,
        subject: en ? `${title.en} ${report.period}` : `${title.zh} ${report.period}`,
        text: en
          ? `Dear ${user.name},\n\nthe ${title.en.toLowerCase()} for ${report.period} (${report.fromDay} – ${report.toDay}) is attached as PDF and Excel. Add your commentary in Aftercare under Insights → Review reports.`
          : `${user.name}，您好：\n\n附件是 ${report.period}（${report.fromDay} 至 ${report.toDay}）的${title.zh}（PDF 与 Excel）。可在 Aftercare 的「数据洞察 → 回顾报告」中填写评述。`,
      },
    };
  },
  async send(plan, { s }) {
    const report = await findReview(s.db, plan.mail.tenantId, plan.reportId);
    if (!report) return { sent: false };
    const now = s.clock.now();
    const { pdf, xlsx } = await renderReview(s.db, report, ["pdf", "xlsx"], now);
    await sendPlannedMail(s, s.db, plan.mail, [
      { filename: reviewFileName(report, "pdf"), content: pdf, contentType: "application/pdf" },
      {
        filename: reviewFileName(report, "xlsx"),
        content: xlsx,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    ]);
    return { sent: true };
  },
  async record(plan, result, { tx, now }) {
    if (!result.sent) return;
    await appendAudit(tx, {
      tenantId: plan.mail.tenantId,
      actorId: null,
      action: "analytics.review_mailed",
      entityType: "review_report",
      entityId: plan.reportId,
      data: { to: plan.mail.to, userId: plan.userId },
      at: now,
    });
  },
});
