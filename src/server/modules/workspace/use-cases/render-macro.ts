import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { findMacro } from "../macros.repository.js";
import { templateContext } from "../template-context.js";
import { renderTemplate, templateWarnings } from "../templates.js";

// Fills the variables for one ticket; the requested language, else the other one.
export async function renderMacro(
  s: Services,
  actor: Actor,
  id: string,
  ref: string,
  locale: "zh-CN" | "en",
) {
  const macro = await findMacro(s, actor, id);
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  const body = macro.bodies[locale] ?? macro.bodies[locale === "en" ? "zh-CN" : "en"] ?? "";
  const used = macro.bodies[locale] ? locale : locale === "en" ? "zh-CN" : "en";
  const { vars, facts } = await templateContext(
    s.db,
    actor.tenantId,
    ticket,
    actor.userId,
    s.clock.now(),
    used,
  );
  return {
    body: renderTemplate(body, vars),
    locale: used,
    actions: macro.actions,
    // What the rendered text says that the ticket contradicts; the reply box shows these.
    warnings: templateWarnings(body, facts),
  };
}
