// Macro and trigger-reply templates: {{customer.name}}, {{ticket.number}}, {{unit.serial}},
// {{unit.warrantyEndsAt}}, {{agent.name}}. Unknown variables render empty, never as raw braces.
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
