import type { CallbackDetail } from "../../../../shared/api/callbacks.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import { readCallbackSettings, scriptFor } from "../callback-settings.js";
import { attemptHistory, findCallbackDto } from "../callbacks.repository.js";

// One callback for the caller's work screen: the ticket, the script filled in, every attempt.
export async function getCallback(s: Services, actor: Actor, id: string): Promise<CallbackDetail> {
  const found = await findCallbackDto(s.db, actor.tenantId, id);
  if (!found) throw new AppError("callback.not_found");
  const settings = await readCallbackSettings(s.db, actor.tenantId);
  const { dto, row } = found;
  const company = (await tenantSettings(s.db, actor.tenantId))?.name ?? "";
  return {
    ...dto,
    script: scriptFor(settings, dto.ticketType, {
      name: dto.customerName ?? "",
      number: dto.ticketNumber,
      subject: dto.ticketSubject,
      company,
    }),
    note: row.note,
    reason: row.reason,
    history: await attemptHistory(s.db, actor.tenantId, id),
  };
}
