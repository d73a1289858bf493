import type { TFunction } from "i18next";
import type { Role } from "../../../shared/roles";

// Who is handling a request, in the customer's words: a field engineer (a technician) or the
// service desk; nobody yet while it waits for assignment.
export function handlerText(t: TFunction, name: string | null | undefined, role: Role | null | undefined) {
  if (!name) return t("portal.waitingAssignment");
  return role === "technician"
    ? t("portal.handledByEngineer", { name })
    : t("portal.handledByAgent", { name });
}
