// Mail that must never open a ticket and never be answered (RFC 3834 and what real mailers send).
export type Ignored = "auto_reply" | "bounce";

export type ClassifyInput = {
  header: (name: string) => string | undefined;
  contentType: string;
  reportType: string | undefined;
  fromAddress: string | null;
  subject: string;
};

const DAEMON = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /(undeliver|undelivered mail|delivery status notification|mail delivery (failed|failure|system)|returned mail|failure notice|delivery failure|退信|无法投递|未能送达|系统退信)/i;
const AUTO_SUBJECT =
  /^\s*(out of (the )?office|auto(matic)?[ -]?(reply|response|antwort)|autoreply|vacation[: ]|abwesenheit|自动回复|自動回覆|自动答复|不在办公室|休假)/i;

export function classifyMail(m: ClassifyInput): Ignored | null {
  const reportType = (m.reportType ?? "").toLowerCase();
  if (m.contentType === "multipart/report" && reportType === "delivery-status") return "bounce";
  if (m.header("x-failed-recipients")) return "bounce";
  if (m.fromAddress && DAEMON.test(m.fromAddress) && BOUNCE_SUBJECT.test(m.subject)) return "bounce";
  const autoSubmitted = (m.header("auto-submitted") ?? "").trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith("no")) return "auto_reply";
  if (m.header("x-autoreply") || m.header("x-autorespond") || m.header("x-autoreply-from"))
    return "auto_reply";
  const suppress = (m.header("x-auto-response-suppress") ?? "").toLowerCase();
  if (/\b(all|oof|autoreply)\b/.test(suppress)) return "auto_reply";
  const precedence = (m.header("precedence") ?? "").trim().toLowerCase();
  if (["bulk", "auto_reply", "junk"].includes(precedence)) return "auto_reply";
  if (AUTO_SUBJECT.test(m.subject)) return "auto_reply";
  if (m.fromAddress && DAEMON.test(m.fromAddress)) return "bounce";
  return null;
}

// The addresses a bounce reports as failed, from X-Failed-Recipients or the delivery-status part.
export function failedRecipients(headerValue: string | undefined, reportText: string): string[] {
  const out = new Set<string>();
  for (const a of (headerValue ?? "").split(/[,\s]+/)) if (a.includes("@")) out.add(a.toLowerCase());
  for (const m of reportText.matchAll(/^(?:final|original)-recipient:\s*rfc822;\s*<?([^\s>]+@[^\s>]+)>?/gim))
    if (m[1]) out.add(m[1].toLowerCase());
  return [...out];
}
