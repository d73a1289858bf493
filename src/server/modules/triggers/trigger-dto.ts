import type { TriggerAction, TriggerCondition } from "./engine.js";
import type { TriggerRow } from "./triggers.repository.js";

export type TriggerInput = {
  name: string;
  event: "created" | "updated";
  active?: boolean;
  match?: "all" | "any";
  conditions: TriggerCondition[];
  actions: TriggerAction[];
};

export const triggerDto = (t: TriggerRow) => ({
  id: t.id,
  name: t.name,
  event: t.event,
  position: t.position,
  active: t.active,
  match: t.match,
  conditions: t.conditions,
  actions: t.actions,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});
