import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { showError, showSuccess, showWarning } from "../../app/feedback";
import type { Ticket } from "../../app/types";
import { type MacroActions, planActions } from "../routing/macro-actions";
import { usePatchTicket, useTicket, useTransition } from "./api";

// Applies a macro's fields to the ticket through its own endpoints (PATCH, then the status
// transition from wherever the PATCH left it), so each change is in the ticket's history.
export function useApplyMacroActions(ticketRef: string) {
  const { t } = useTranslation();
  const me = useUser();
  const ticket = useTicket(ticketRef, false);
  const patch = usePatchTicket(ticketRef);
  const transition = useTransition(ticketRef);
  return async (macro: { name: string }, actions: MacroActions) => {
    const current = ticket.data;
    if (!current) return;
    try {
      let status = current.status;
      const first = planActions({ ...actions, status: undefined }, current, me.id);
      if (first.patch) {
        const body =
          "assigneeId" in first.patch
            ? { ...first.patch, reason: t("routing.macros.reason", { name: macro.name }) }
            : first.patch;
        const after: Ticket = await patch.mutateAsync(body);
        status = after.status;
      }
      const then = planActions({ status: actions.status }, { status }, me.id);
      if (then.transition) await transition.mutateAsync({ action: then.transition });
      if (then.statusRefused && actions.status)
        showWarning(
          t("routing.macros.statusRefused", {
            from: t(`status.${status}`),
            to: t(`status.${actions.status}`),
          }),
        );
      else showSuccess(t("routing.macros.applied"));
    } catch (err) {
      showError(err);
    }
  };
}
