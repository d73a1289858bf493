import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Team } from "../../../shared/api/teams";
import type { DryRunResult, Trigger } from "../../../shared/api/triggers";
import { api } from "../../app/api";

export type {
  DryRunResult as DryRun,
  Trigger,
  TriggerAction,
  TriggerCondition,
} from "../../../shared/api/triggers";
export { ACTION_KINDS, type ActionKind, LIST_FIELDS } from "../../../shared/triggers";

export type TriggerInput = Pick<Trigger, "name" | "event" | "active" | "match" | "conditions" | "actions">;

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
  api.post<DryRunResult>("/triggers/dry-run", { ticketRef, event });

export function useTeams() {
  return useQuery({
    queryKey: ["teams"],
    queryFn: ({ signal }) => api.get<{ items: Team[] }>("/teams", undefined, signal),
    staleTime: 60_000,
  });
}
