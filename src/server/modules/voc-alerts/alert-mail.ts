// The alert mail to a manager, in the manager's language (else the tenant's).
const KIND = {
  "zh-CN": {
    complaint_spike: "投诉量异常上升",
    negative_sentiment: "客户强烈负面情绪",
    watch_word: "媒体/舆情/法律风险词",
  },
  en: {
    complaint_spike: "Complaint spike",
    negative_sentiment: "Strongly negative customer",
    watch_word: "Media / social / legal words",
  },
} as const;

export function renderAlertMail(
  locale: "zh-CN" | "en",
  v: { kind: keyof (typeof KIND)["en"]; label: string; tickets: string[]; url: string },
): { subject: string; text: string } {
  const kind = KIND[locale][v.kind];
  const list = v.tickets.map((t) => `- ${t}`).join("\n");
  return locale === "en"
    ? {
        subject: `[Early warning] ${kind}: ${v.label}`,
        text: `${kind}: ${v.label}\n\nTickets behind it:\n${list}\n\nSee the alert: ${v.url}\n`,
      }
    : {
        subject: `【危机预警】${kind}：${v.label}`,
        text: `${kind}：${v.label}\n\n相关工单：\n${list}\n\n查看预警：${v.url}\n`,
      };
}
