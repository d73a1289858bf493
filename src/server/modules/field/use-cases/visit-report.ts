import QRCode from "qrcode";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { cjkDocument } from "../../../platform/pdf/cjk-pdf.js";
import type { VisitRow } from "../field.repository.js";
import { type ReportContext, reportContext, reportHash, verificationUrl } from "../report-verification.js";
import { visitInScope } from "./visit-context.js";

const KIND_NAMES: Record<string, string> = {
  installation: "安装 Installation",
  delivery: "送货 Delivery",
  repair: "维修 Repair",
  maintenance: "保养 Maintenance",
  inspection: "巡检 Inspection",
  remote: "远程诊断 Remote diagnosis",
};

// The electronic service report (电子服务单) of a finished visit: who, when, what was done, parts
// and the customer's signature. Built from the visit as it is, so every download is the same.
export async function visitReportPdf(s: Services, actor: Actor, id: string) {
  const { visit } = await visitInScope(s.db, actor, id);
  if (visit.status !== "done")
    throw new AppError("field.invalid_transition", { status: visit.status, action: "report" });
  const bytes = await renderReport(s, visit, await reportContext(s.db, visit));
  return { bytes, name: `service-report-${visit.ticketNumber}.pdf` };
}

export async function renderReport(s: Services, visit: VisitRow, ctx: ReportContext): Promise<Buffer> {
  // The QR code opens the public verification page of this report.
  const qr = visit.reportToken
    ? await QRCode.toBuffer(verificationUrl(s, visit.reportToken), { width: 240, margin: 1 })
    : null;
  // The hash is also in the document's metadata, where a program can read it.
  const { doc, bytes: done } = cjkDocument({
    Title: `电子服务单 ${visit.ticketNumber}`,
    Subject: `SHA-256 ${reportHash(visit, ctx)}`,
  });
  const time = (d: Date | null) =>
    d ? d.toLocaleString("zh-CN", { timeZone: ctx.timeZone, hour12: false }) : "—";
  doc.fontSize(16).text(ctx.company);
  doc.fontSize(20).text("电子服务单 / Service report", { align: "center" }).moveDown();
  const row = (label: string, value: string) => doc.fontSize(11).text(`${label}：${value}`);
  row("服务单号 Service order", visit.ticketNumber);
  row("服务类型 Visit type", KIND_NAMES[visit.kind] ?? visit.kind);
  row("服务地址 Address", visit.address);
  row("技术员 Technician", ctx.technician);
  row("预约时段 Booked window", `${time(visit.windowStart)} – ${time(visit.windowEnd)}`);
  row("到达时间 Checked in", time(visit.checkedInAt));
  row("完成时间 Checked out", time(visit.checkedOutAt));
  doc.moveDown().fontSize(13).text("服务内容 Work done");
  doc.fontSize(11).text(visit.workNotes || "—");
  if (visit.remoteOutcome) {
    const outcome =
      visit.remoteOutcome === "solved_remotely"
        ? "已远程解决 Solved remotely"
        : "需要上门 Needs an on-site visit";
    row("远程诊断结果 Remote outcome", outcome);
  }
  doc.moveDown().fontSize(13).text("使用备件 Parts used");
  if (visit.parts.length === 0) doc.fontSize(11).text("—");
  for (const p of visit.parts) doc.fontSize(11).text(`${p.partNo}  ${p.name}  × ${p.qty}`);
  if (visit.checklist.length > 0) {
    doc.moveDown().fontSize(13).text("作业清单 SOP checklist");
    for (const st of visit.checklist)
      doc
        .fontSize(11)
        .text(`${st.done ? "[√]" : "[  ]"} ${st.zh} / ${st.en}${st.required ? "" : "（选做 optional）"}`);
  }
  if (visit.photos.length > 0) {
    doc.moveDown().fontSize(13).text("现场照片 Photos");
    for (const p of visit.photos) {
      // Scaled into a box; a file that went missing or cannot be decoded is named, not fatal.
      try {
        const bytes = await s.files.get(p.storageKey);
        // pdfkit does not break pages for images: start a new page when the box would not fit.
        if (doc.y + 240 > doc.page.maxY()) doc.addPage();
        doc.image(bytes, { fit: [360, 240] });
        doc.moveDown(0.5);
      } catch {
        doc.fontSize(9).text("（照片无法显示 / photo unreadable）");
      }
    }
  }
  if (visit.delivery) {
    const d = visit.delivery;
    doc.moveDown().fontSize(13).text("送货签收 Delivery sign-off");
    row("型号 Model", d.model);
    row("数量 Quantity", String(d.quantity));
    row("外观 Condition", d.condition === "intact" ? "完好 Intact" : `有损坏 Damaged：${d.note ?? ""}`);
  }
  doc.moveDown().fontSize(13).text("客户确认 Customer confirmation");
  doc.fontSize(11).text(`签字人 Signed by：${visit.signedBy ?? "—"}    ${time(visit.signedAt)}`);
  if (visit.signature) {
    const png = Buffer.from(visit.signature.slice(visit.signature.indexOf(",") + 1), "base64");
    try {
      doc.image(png, { fit: [240, 100] });
    } catch {
      doc.text("（签名图像无法显示 / signature image unreadable）");
    }
  }
  if (visit.rating !== null) {
    doc.moveDown().fontSize(13).text("客户评价 Customer rating");
    doc.fontSize(11).text(`${"★".repeat(visit.rating)}${"☆".repeat(5 - visit.rating)}  ${visit.rating}/5`);
    if (visit.ratingComment) doc.text(visit.ratingComment);
  }
  if (qr) {
    doc.moveDown().fontSize(13).text("验证 Verify");
    doc.image(qr, { fit: [110, 110] });
    doc.fontSize(8).text(`扫码核验本服务单 Scan to verify this report · SHA-256 ${reportHash(visit, ctx)}`);
  }
  doc.end();
  return done;
}
