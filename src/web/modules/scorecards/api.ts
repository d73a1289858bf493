import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Award,
  AwardInput,
  CardKpi,
  ClosePlanInput,
  CoachingPlan,
  CoachingPlanList,
  GoalInput,
  Scorecard,
  ScorecardDetail,
  ScorecardList,
  ScorecardRole,
  SessionInput,
  WeightsInput,
  WeightsView,
} from "../../../shared/api/scorecards";
import { api } from "../../app/api";

export type { Award, CardKpi, CoachingPlan, Scorecard, ScorecardDetail, ScorecardRole, WeightsView };

const KEY = ["scorecards"];

export function useScorecards(period: string | undefined, role: ScorecardRole | undefined) {
  return useQuery({
    queryKey: [...KEY, "list", period ?? "", role ?? ""],
    queryFn: () =>
      api.get<ScorecardList>("/scorecards", { ...(period ? { period } : {}), ...(role ? { role } : {}) }),
  });
}

export const useScorecard = (id: string) =>
  useQuery({ queryKey: [...KEY, "card", id], queryFn: () => api.get<ScorecardDetail>(`/scorecards/${id}`) });

export const useWeights = (enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, "weights"],
    queryFn: () => api.get<WeightsView>("/scorecards/weights"),
    enabled,
  });

export const useAwards = () =>
  useQuery({ queryKey: [...KEY, "awards"], queryFn: () => api.get<{ items: Award[] }>("/service-awards") });

export const usePlans = () =>
  useQuery({ queryKey: [...KEY, "plans"], queryFn: () => api.get<CoachingPlanList>("/coaching-plans") });

export const usePlan = (id: string) =>
  useQuery({ queryKey: [...KEY, "plan", id], queryFn: () => api.get<CoachingPlan>(`/coaching-plans/${id}`) });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: KEY });
}

function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

export const useCompute = () =>
  useWrite((period: string) => api.post<ScorecardList>("/scorecards/compute", { period }));
export const useSaveWeights = () =>
  useWrite((v: WeightsInput & { role: ScorecardRole }) => api.put<WeightsView>("/scorecards/weights", v));
export const usePickAwards = () =>
  useWrite((v: AwardInput) => api.post<{ items: Award[] }>("/service-awards", v));
export const useOpenPlan = () =>
  useWrite((scorecardId: string) => api.post<CoachingPlan>("/coaching-plans", { scorecardId }));
export const useAddGoal = (id: string) =>
  useWrite((v: GoalInput) => api.post<CoachingPlan>(`/coaching-plans/${id}/goals`, v));
export const useAddSession = (id: string) =>
  useWrite((v: SessionInput) => api.post<CoachingPlan>(`/coaching-plans/${id}/sessions`, v));
export const useClosePlan = (id: string) =>
  useWrite((v: ClosePlanInput) => api.post<CoachingPlan>(`/coaching-plans/${id}/close`, v));

// The months a picker offers: this one and the eleven before it (YYYY-MM).
export function recentMonths(now = new Date(), n = 12): string[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return d.toISOString().slice(0, 7);
  });
}
