// Macro and trigger-reply templates: {{customer.name}}, {{ticket.number}}, {{unit.serial}},
// {{unit.warrantyEndsAt}}, {{agent.name}}. Unknown variables render empty, never as raw braces.
// Dates are written the way the reader's language writes them (2026年7月24日 / Jul 24, 2026):
// these texts go to customers, who should not read ISO dates inside a Chinese sentence.
const TEMPLATE_VARIABLES = [
  "customer.name",
  "ticket.number",
  "ticket.subject",
  "unit.serial",
  "unit.warrantyEndsAt",
  "agent.name",
] as const;

export type TemplateVars = Partial<Record<(typeof TEMPLATE_VARIABLES)[number], string | null>>;

export function renderTemplate(body: string, vars: TemplateVars): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => {
    const value = (vars as Record<string, string | null | undefined>)[key];
    return value ?? "";
  });
}

// A date (YYYY-MM-DD, a calendar day with no time zone) in the locale's long form.
export function formatTemplateDate(day: string, locale: "zh-CN" | "en"): string {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale === "en" ? "en-US" : "zh-CN", {
    year: "numeric",
    month: locale === "en" ? "short" : "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

// Facts about the ticket that a rendered text may contradict.
export type TemplateFacts = {
  unitSerial: string | null;
  warrantyEndsAt: string | null;
  warrantyExpired: boolean;
};

export type TemplateWarning = { code: "warranty_expired"; serial: string; endsAt: string };

// What the agent must know before sending a rendered text. One explicit rule: a text that states
// the warranty end ({{unit.warrantyEndsAt}}) of a unit whose warranty is over would tell the
// customer they are covered when they are not, so it is flagged (the text itself is left as the
// macro's author wrote it: the agent decides what to say instead).
export function templateWarnings(body: string, facts: TemplateFacts): TemplateWarning[] {
  const mentionsWarrantyEnd = /\{\{\s*unit\.warrantyEndsAt\s*\}\}/.test(body);
  if (mentionsWarrantyEnd && facts.warrantyExpired && facts.unitSerial && facts.warrantyEndsAt)
    return [{ code: "warranty_expired", serial: facts.unitSerial, endsAt: facts.warrantyEndsAt }];
  return [];
}
