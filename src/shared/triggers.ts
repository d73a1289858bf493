// The fields a trigger's condition may test and the kinds of its actions, shared by the rules engine
// and the admin UI; the shapes themselves are the zod schemas of shared/api/triggers.ts.
export const LIST_FIELDS = [
  "type",
  "priority",
  "channel",
  "status",
  "tier",
  "productSku",
  "productCategory",
] as const;

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
