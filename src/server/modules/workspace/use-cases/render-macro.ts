import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, type TicketRow, ticketVisibility } from "../../tickets/index.js";
import { findMacro } from "../macros.repository.js";
import { templateContext } from "../template-context.js";
import { renderTemplate, templateWarnings } from "../templates.js";
import type { macros } from "../workspace.tables.js";

type Locale = "zh-CN" | "en";

// Fills the variables for one ticket; the requested language, else the other one. The warnings
// say what the rendered text claims that the ticket contradicts.
export async function renderMacroText(
  s: Services,
  actor: Actor,
  macro: typeof macros.$inferSelect,
  ticket: TicketRow,
  locale: Locale,
) {
  const other: Locale = locale === "en" ? "zh-CN" : "en";
  const used = macro.bodies[locale] ? locale : other;
  const body = macro.bodies[used] ?? "";
  const { vars, facts } = await templateContext(
    s.db,
    actor.tenantId,
    ticket,
    actor.userId,
    s.clock.now(),
    used,
  );
  return { body: renderTemplate(body, vars), locale: used, warnings: templateWarnings(body, facts) };
}

export async function renderMacro(s: Services, actor: Actor, id: string, ref: string, locale: Locale) {
  const macro = await findMacro(s, actor, id);
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  const out = await renderMacroText(s, actor, macro, ticket, locale);
  return { ...out, actions: macro.actions };
}
