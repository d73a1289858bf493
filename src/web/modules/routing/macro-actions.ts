import type { TFunction } from "i18next";
import type { MacroActions } from "../../../shared/api/workspace";
import type { TicketAction } from "../../app/types";
import { actionFor } from "../console/bulk-status";

// Fields a macro sets besides its text (ZMacroActions in src/shared/api/workspace). The reply box
// applies them through the ticket's own endpoints when the reply is sent, so each has its history entry.
export type { MacroActions };

export const hasActions = (a: MacroActions | undefined): a is MacroActions =>
  !!a && Object.values(a).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));

// One short line per field, for the chips under the reply box and the macros list.
export function describeActions(
  t: TFunction,
  a: MacroActions,
  names: { team: (id: string) => string | undefined; user: (id: string) => string | undefined },
): { key: keyof MacroActions; text: string }[] {
  const out: { key: keyof MacroActions; text: string }[] = [];
  if (a.status)
    out.push({ key: "status", text: `${t("routing.macros.setStatus")}: ${t(`status.${a.status}`)}` });
  if (a.priority)
    out.push({ key: "priority", text: `${t("routing.macros.setPriority")}: ${t(`priority.${a.priority}`)}` });
  if (a.addTags?.length)
    out.push({ key: "addTags", text: `${t("routing.macros.addTags")}: ${a.addTags.join(", ")}` });
  if (a.teamId !== undefined)
    out.push({
      key: "teamId",
      text: `${t("routing.macros.setTeam")}: ${a.teamId ? (names.team(a.teamId) ?? t("common.dash")) : t("common.none")}`,
    });
  if (a.assigneeId !== undefined)
    out.push({
      key: "assigneeId",
      text: `${t("routing.macros.setAssignee")}: ${
        a.assigneeId === "me"
          ? t("routing.macros.me")
          : a.assigneeId
            ? (names.user(a.assigneeId) ?? t("common.dash"))
            : t("common.unassigned")
      }`,
    });
  return out;
}

// The PATCH body and the transition a macro's fields come to on a ticket in `status` (null: none).
export function planActions(
  a: MacroActions,
  ticket: { status: Parameters<typeof actionFor>[1] },
  me: string,
): { patch: Record<string, unknown> | null; transition: TicketAction | null; statusRefused: boolean } {
  const patch: Record<string, unknown> = {};
  if (a.priority) patch.priority = a.priority;
  if (a.addTags?.length) patch.addTags = a.addTags;
  if (a.teamId !== undefined) patch.teamId = a.teamId;
  if (a.assigneeId !== undefined) patch.assigneeId = a.assigneeId === "me" ? me : a.assigneeId;
  const transition = a.status && a.status !== ticket.status ? actionFor(a.status, ticket.status) : null;
  return {
    patch: Object.keys(patch).length ? patch : null,
    transition,
    statusRefused: !!a.status && a.status !== ticket.status && transition === null,
  };
}
