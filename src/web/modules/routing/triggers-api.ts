import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";

export const LIST_FIELDS = [
  "type",
  "priority",
  "channel",
  "status",
  "tier",
  "productSku",
  "productCategory",
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

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
  | { kind: "set_priority"; value: string }
  | { kind: "set_type"; value: string }
  | { kind: "add_tags"; tags: string[] }
  | { kind: "set_team"; teamId: string }
  | { kind: "assign_user"; userId: string }
  | { kind: "assign_team"; teamId: string }
  | { kind: "internal_note"; body: string }
  | { kind: "reply"; body: string }
  | { kind: "notify"; to: string; message: string };

export type TriggerInput = {
  name: string;
  event: "created" | "updated";
  active: boolean;
  match: "all" | "any";
  conditions: TriggerCondition[];
  actions: TriggerAction[];
};
export type Trigger = TriggerInput & { id: string; position: number };

export type DryRun = {
  fired: { triggerId: string; name: string; actions: TriggerAction[] }[];
  changes: Record<string, unknown>;
  notes: string[];
  replies: string[];
  notifications: { to: string; message: string; triggerId: string }[];
};

export type Team = { id: string; name: string };

const enc = encodeURIComponent;

export function useTriggers() {
  return useQuery({
    queryKey: ["triggers"],
    queryFn: ({ signal }) => api.get<{ items: Trigger[] }>("/triggers", undefined, signal),
  });
}

export function useSaveTrigger() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<TriggerInput> }) =>
      id ? api.patch<Trigger>(`/triggers/${enc(id)}`, input) : api.post<Trigger>("/triggers", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["triggers"] }),
  });
}

export function useDeleteTrigger() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(`/triggers/${enc(id)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["triggers"] }),
  });
}

export function useReorderTriggers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.post<{ items: Trigger[] }>("/triggers/reorder", { ids }),
    onSuccess: (out) => qc.setQueryData(["triggers"], out),
    onSettled: () => void qc.invalidateQueries({ queryKey: ["triggers"] }),
  });
}

export const dryRun = (ticketRef: string, event: "created" | "updated") =>
  api.post<DryRun>("/triggers/dry-run", { ticketRef, event });

export function useTeams() {
  return useQuery({
    queryKey: ["teams"],
    queryFn: ({ signal }) => api.get<{ items: Team[] }>("/teams", undefined, signal),
    staleTime: 60_000,
  });
}
