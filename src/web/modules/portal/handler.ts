import type { TFunction } from "i18next";
import type { TicketStatus } from "../../../shared/domain";
import type { Role } from "../../../shared/roles";

// Who is handling a request, in the customer's words: a field engineer (a technician) or the
// service desk; nobody yet while it waits for assignment (a request finished without anyone named
// was handled by the team).
export function handlerText(
  t: TFunction,
  name: string | null | undefined,
  role: Role | null | undefined,
  status: TicketStatus,
) {
  if (!name)
    return status === "resolved" || status === "closed"
      ? t("portal.handledByTeam")
      : t("portal.waitingAssignment");
  return role === "technician"
    ? t("portal.handledByEngineer", { name })
    : t("portal.handledByAgent", { name });
}
