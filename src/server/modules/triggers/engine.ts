// The rules engine as pure functions: which triggers match a ticket and what they would change.
// Persistence and execution live in the use cases; dry-run and the real run share this code.

import type { TriggerAction, TriggerCondition } from "../../../shared/api/triggers.js";

export type { TriggerAction, TriggerCondition } from "../../../shared/api/triggers.js";

export type TriggerDef = {
  id: string;
  name: string;
  event: "created" | "updated";
  active: boolean;
  match: "all" | "any";
  conditions: TriggerCondition[];
  actions: TriggerAction[];
};

// What conditions look at: the ticket as it stands (updated by earlier triggers in the run).
export type TicketFacts = {
  type: string;
  priority: string;
  channel: string;
  status: string;
  tier: string | null;
  productSku: string | null;
  productCategory: string | null;
  subject: string;
  description: string;
  warrantyStatus: string | null;
  tags: string[];
  teamId: string | null;
  assigneeId: string | null;
};

type TicketPatch = {
  priority?: string;
  type?: string;
  tags?: string[];
  teamId?: string | null;
  assigneeId?: string | null;
};

export type Plan = {
  fired: { triggerId: string; name: string; actions: TriggerAction[] }[];
  patch: TicketPatch;
  notes: string[];
  replies: string[];
  notifications: { to: string; message: string; triggerId: string }[];
};

export function conditionHolds(c: TriggerCondition, f: TicketFacts): boolean {
  if (c.field === "keywords") {
    const text = `${f.subject}\n${f.description}`.toLowerCase();
    return c.values.some((k) => k.trim() !== "" && text.includes(k.toLowerCase()));
  }
  if (c.field === "outOfWarranty") return (f.warrantyStatus === "expired") === c.value;
  const value = f[c.field];
  const inList = value !== null && c.values.includes(value);
  return c.op === "in" ? inList : !inList;
}

function matches(t: TriggerDef, f: TicketFacts): boolean {
  if (t.conditions.length === 0) return true;
  return t.match === "all"
    ? t.conditions.every((c) => conditionHolds(c, f))
    : t.conditions.some((c) => conditionHolds(c, f));
}

function apply(a: TriggerAction, f: TicketFacts, plan: Plan, triggerId: string): TicketFacts {
  switch (a.kind) {
    case "set_priority":
      plan.patch.priority = a.value;
      return { ...f, priority: a.value };
    case "set_type":
      plan.patch.type = a.value;
      return { ...f, type: a.value };
    case "add_tags": {
      const tags = [...new Set([...f.tags, ...a.tags])];
      plan.patch.tags = tags;
      return { ...f, tags };
    }
    case "set_team":
      plan.patch.teamId = a.teamId;
      return { ...f, teamId: a.teamId };
    case "assign_team":
      // The team's members become the only candidates for automatic assignment.
      plan.patch.teamId = a.teamId;
      return { ...f, teamId: a.teamId };
    case "assign_user":
      plan.patch.assigneeId = a.userId;
      return { ...f, assigneeId: a.userId };
    case "internal_note":
      plan.notes.push(a.body);
      return f;
    case "reply":
      plan.replies.push(a.body);
      return f;
    case "notify":
      plan.notifications.push({ to: a.to, message: a.message, triggerId });
      return f;
  }
}

// Runs the triggers of one event in order, each at most once; later triggers see earlier changes.
export function plan(
  triggers: readonly TriggerDef[],
  event: "created" | "updated",
  facts: TicketFacts,
): Plan {
  const out: Plan = { fired: [], patch: {}, notes: [], replies: [], notifications: [] };
  let f = facts;
  for (const t of triggers) {
    if (!t.active || t.event !== event || !matches(t, f)) continue;
    out.fired.push({ triggerId: t.id, name: t.name, actions: t.actions });
    for (const a of t.actions) f = apply(a, f, out, t.id);
  }
  return out;
}
