import type { TFunction } from "i18next";
import type { MoveWarning } from "./api";

// One warning of a move in the planner's language.
export const warningText = (t: TFunction, w: MoveWarning) =>
  t(`dispatch.warning.${w.code}`, {
    label: w.label ?? "",
    name: w.name ?? "",
    minutes: w.minutes ?? 0,
    missing: (w.missing ?? []).join(", "),
  });
