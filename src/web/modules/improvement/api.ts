import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Backlog,
  BacklogItem,
  Benchmark,
  Cycle,
  Evidence,
  ItemDetail,
  KpiOption,
  QuarterPlan,
  Weights,
} from "../../../shared/api/improvement";
import { api } from "../../app/api";

export type { Backlog, BacklogItem, Benchmark, Cycle, Evidence, ItemDetail, KpiOption, QuarterPlan, Weights };

const enc = encodeURIComponent;
const KEY = ["improvement"] as const;

export const useBacklog = () =>
  useQuery({
    queryKey: [...KEY, "items"],
    queryFn: ({ signal }) => api.get<Backlog>("/improvement/items", undefined, signal),
  });

export const useItem = (id: string | undefined) =>
  useQuery({
    queryKey: [...KEY, "item", id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get<ItemDetail>(`/improvement/items/${enc(id ?? "")}`, undefined, signal),
  });

export const useCycle = (id: string | undefined) =>
  useQuery({
    queryKey: [...KEY, "cycle", id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get<Cycle>(`/improvement/cycles/${enc(id ?? "")}`, undefined, signal),
  });

export const useKpiOptions = () =>
  useQuery({
    queryKey: [...KEY, "kpis"],
    staleTime: 300_000,
    queryFn: ({ signal }) =>
      api.get<{ items: KpiOption[] }>("/improvement/kpis", undefined, signal).then((r) => r.items),
  });

export const useQuarterPlan = (year: number) =>
  useQuery({
    queryKey: [...KEY, "plan", year],
    queryFn: ({ signal }) => api.get<QuarterPlan>("/improvement/plan", { year }, signal),
  });

export const useBenchmark = () =>
  useQuery({
    queryKey: [...KEY, "benchmark"],
    queryFn: ({ signal }) => api.get<Benchmark>("/improvement/benchmark", undefined, signal),
  });

// Every write answers the changed object; the backlog and plan are refreshed behind it.
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: KEY }) });
}

export const useSaveWeights = () => useWrite((w: Weights) => api.put<Weights>("/improvement/weights", w));
export const useRaiseItem = () =>
  useWrite((body: Record<string, unknown>) => api.post<ItemDetail>("/improvement/items", body));
export const usePatchItem = (id: string) =>
  useWrite((body: Record<string, unknown>) => api.patch<ItemDetail>(`/improvement/items/${enc(id)}`, body));
export const useKanoAnswer = (id: string) =>
  useWrite((body: { functional: string; dysfunctional: string }) =>
    api.post<ItemDetail>(`/improvement/items/${enc(id)}/kano-answers`, body),
  );
export const useKanoQuestionnaire = (id: string) =>
  useWrite((body: { functional: string; dysfunctional: string }) =>
    api.post<ItemDetail>(`/improvement/items/${enc(id)}/kano-questionnaire`, body),
  );
export const useOpenCycle = (itemId: string) =>
  useWrite((body: Record<string, unknown>) =>
    api.post<Cycle>(`/improvement/items/${enc(itemId)}/cycles`, body),
  );
export const useAddTask = (id: string) =>
  useWrite((body: { title: string }) => api.post<Cycle>(`/improvement/cycles/${enc(id)}/tasks`, body));
export const useTaskDone = (id: string) =>
  useWrite((v: { taskId: string; done: boolean }) =>
    api.patch<Cycle>(`/improvement/cycles/${enc(id)}/tasks/${enc(v.taskId)}`, { done: v.done }),
  );
export const useMoveCycle = (id: string) =>
  useWrite((to: "do" | "check" | "act") =>
    api.post<Cycle>(`/improvement/cycles/${enc(id)}/transitions`, { to }),
  );
export const useActOnCycle = (id: string) =>
  useWrite((body: Record<string, unknown>) => api.post<Cycle>(`/improvement/cycles/${enc(id)}/act`, body));
export const useSuggest = () =>
  useMutation({
    mutationFn: (body: { title: string; description: string }) =>
      api.post<{ id: string }>("/improvement/suggestions", body),
  });

export const useRecentComplaints = (enabled: boolean) =>
  useQuery({
    queryKey: ["complaints", "for-improvement"],
    enabled,
    queryFn: ({ signal }) =>
      api
        .get<{ items: { id: string; ticketNumber: string; subject: string }[] }>(
          "/complaints",
          { limit: 50 },
          signal,
        )
        .then((r) => r.items),
  });
