import { and, eq } from "drizzle-orm";
import type { AppliedMacro, ApplyMacroInput, MacroActions } from "../../../../shared/api/workspace.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import {
  type AgentChanges,
  applyAgentChanges,
  findTicket,
  getMessages,
  getTicket,
  ticketVisibility,
} from "../../tickets/index.js";
import { findMacro } from "../macros.repository.js";
import { macroApplications } from "../workspace.tables.js";
import { renderMacroText } from "./render-macro.js";

type Locale = "zh-CN" | "en";
type Stored = (typeof macroApplications.$inferSelect)["result"];

// The assignment's reason in the history, in the agent's language (a reassignment needs one).
const REASON: Record<Locale, (name: string) => string> = {
  "zh-CN": (name) => `快捷回复「${name}」`,
  en: (name) => `Macro “${name}”`,
};

function changesOf(actions: MacroActions, input: ApplyMacroInput, me: string, reason: string) {
  const skip = new Set(input.skip ?? []);
  const patch: NonNullable<AgentChanges["patch"]> = {};
  if (actions.priority && !skip.has("priority")) patch.priority = actions.priority;
  if (actions.addTags?.length && !skip.has("addTags")) patch.addTags = actions.addTags;
  if (actions.teamId !== undefined && !skip.has("teamId")) patch.teamId = actions.teamId;
  if (actions.assigneeId !== undefined && !skip.has("assigneeId")) {
    patch.assigneeId = actions.assigneeId === "me" ? me : actions.assigneeId;
    patch.reason = reason;
  }
  const status = input.status ?? (skip.has("status") ? undefined : actions.status);
  return { patch: Object.keys(patch).length ? patch : undefined, status };
}

async function answer(
  s: Services,
  actor: Actor,
  ticketId: string,
  stored: Stored,
  replayed: boolean,
  warnings: AppliedMacro["warnings"],
): Promise<AppliedMacro> {
  const ticket = await getTicket(s, actor, ticketId);
  const message = stored.messageId
    ? ((await getMessages(s, actor, ticketId)).find((m) => m.id === stored.messageId) ?? null)
    : null;
  return {
    ticket,
    message,
    body: stored.body,
    locale: stored.locale,
    warnings,
    statusRefused: stored.statusRefused,
    replayed,
  };
}

async function earlier(s: Services, actor: Actor, key: string) {
  const [row] = await s.db
    .select()
    .from(macroApplications)
    .where(
      and(
        eq(macroApplications.tenantId, actor.tenantId),
        eq(macroApplications.userId, actor.userId),
        eq(macroApplications.key, key),
      ),
    );
  return row;
}

async function replay(s: Services, actor: Actor, id: string, key: string): Promise<AppliedMacro | null> {
  const row = await earlier(s, actor, key);
  if (!row) return null;
  if (row.macroId !== id) throw new AppError("macro.key_reused");
  return answer(s, actor, row.ticketId, row.result, true, []);
}

// Renders the macro on the server (the tenant's date format, the contradiction warnings) and
// applies its text and fields to the ticket in one transaction; a retry with the same
// Idempotency-Key answers what the first request did instead of applying it twice.
export async function applyMacro(
  s: Services,
  actor: Actor,
  id: string,
  ref: string,
  input: ApplyMacroInput,
  key: string | undefined,
): Promise<AppliedMacro> {
  if (key) {
    const done = await replay(s, actor, id, key);
    if (done) return checkSameTicket(s, actor, ref, done);
  }
  const macro = await findMacro(s, actor, id);
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  const rendered = await renderMacroText(s, actor, macro, ticket, input.locale ?? actor.locale ?? "zh-CN");
  const body = input.body ?? rendered.body;
  const reasonLocale: Locale = actor.locale === "en" ? "en" : "zh-CN";
  const { patch, status } = changesOf(macro.actions, input, actor.userId, REASON[reasonLocale](macro.name));
  const changes: AgentChanges = {
    message: { body, visibility: input.visibility ?? "public", attachmentIds: input.attachmentIds },
    patch,
    status,
  };
  let stored: Stored | undefined;
  try {
    const applied = await applyAgentChanges(s, actor, ticket.id, changes, async (tx, out) => {
      stored = { messageId: out.messageId, statusRefused: out.statusRefused, body, locale: rendered.locale };
      if (key)
        await tx.insert(macroApplications).values({
          tenantId: actor.tenantId,
          userId: actor.userId,
          key,
          macroId: id,
          ticketId: ticket.id,
          result: stored,
        });
    });
    return answer(
      s,
      actor,
      applied.ticketId,
      stored ?? { ...applied, body, locale: rendered.locale },
      false,
      rendered.warnings,
    );
  } catch (err) {
    // The same key sent twice at once: the first one's transaction won; answer what it did.
    if (key && isUniqueViolation(err)) {
      const done = await replay(s, actor, id, key);
      if (done) return done;
    }
    throw err;
  }
}

async function checkSameTicket(s: Services, actor: Actor, ref: string, done: AppliedMacro) {
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (ticket?.id !== done.ticket.id) throw new AppError("macro.key_reused");
  return done;
}
