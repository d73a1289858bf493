import type { TFunction } from "i18next";
import type { MacroActions } from "../../../shared/api/workspace";

// Fields a macro sets besides its text (ZMacroActions in src/shared/api/workspace). The reply box
// sends them with the reply to POST /tickets/{ref}/macros/{id}/apply: one transaction on the server.
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
