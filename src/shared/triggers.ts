// The shape of a trigger's conditions and actions, shared by the rules engine and the admin UI.
export const LIST_FIELDS = [
  "type",
  "priority",
  "channel",
  "status",
  "tier",
  "productSku",
  "productCategory",
] as const;
type ListField = (typeof LIST_FIELDS)[number];

export type TriggerCondition =
  | { field: ListField; op: "in" | "not_in"; values: string[] }
  | { field: "keywords"; values: string[] }
  | { field: "outOfWarranty"; value: boolean };

export const ACTION_KINDS = [
  "set_priority",
  "set_type",
  "add_tags",
  "set_team",
  "assign_user",
  "assign_team",
  "internal_note",
  "reply",
  "notify",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export type TriggerAction =
  | { kind: "set_priority"; value: "A" | "B" | "C" }
  | { kind: "set_type"; value: string }
  | { kind: "add_tags"; tags: string[] }
  | { kind: "set_team"; teamId: string }
  | { kind: "assign_user"; userId: string }
  | { kind: "assign_team"; teamId: string }
  | { kind: "internal_note"; body: string }
  | { kind: "reply"; body: string }
  | { kind: "notify"; to: "assignee" | "supervisors" | string; message: string };
