import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Survey, SurveyFollowUp, SurveyResults } from "../../../shared/api/surveys";
import { api } from "../../app/api";

export type { Survey, SurveyFollowUp, SurveyResults };

export const useSurveys = () =>
  useQuery({
    queryKey: ["surveys"],
    queryFn: () => api.get<{ items: Survey[] }>("/surveys").then((r) => r.items),
  });

export const useSurveyResults = (id: string | undefined) =>
  useQuery({
    queryKey: ["surveys", id, "results"],
    queryFn: () => api.get<SurveyResults>(`/surveys/${id}/results`),
    enabled: Boolean(id),
  });

export const useFollowUps = (status: "open" | "done") =>
  useQuery({
    queryKey: ["survey-follow-ups", status],
    queryFn: () =>
      api.get<{ items: SurveyFollowUp[] }>("/survey-follow-ups", { status }).then((r) => r.items),
  });

export function useCloseFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<SurveyFollowUp>(`/survey-follow-ups/${id}/done`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["survey-follow-ups"] }),
  });
}
