import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  NewSurveyBody,
  PortalSurvey,
  PublicSurvey,
  Survey,
  SurveyFollowUp,
  SurveyResults,
  SurveyResultsQuery,
  SurveySettings,
  SurveyUpdateBody,
} from "../../../shared/api/surveys";
import { api, downloadFile } from "../../app/api";

export type { PortalSurvey, PublicSurvey, Survey, SurveyFollowUp, SurveyResults, SurveyResultsQuery };

export const useSurveys = () =>
  useQuery({
    queryKey: ["surveys"],
    queryFn: () => api.get<{ items: Survey[] }>("/surveys").then((r) => r.items),
  });

// Only the filters that are set go into the query string.
const params = (q: SurveyResultsQuery) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >;

export const useSurveyResults = (id: string | undefined, q: SurveyResultsQuery = {}) =>
  useQuery({
    queryKey: ["surveys", id, "results", q],
    queryFn: () => api.get<SurveyResults>(`/surveys/${id}/results`, params(q)),
    enabled: Boolean(id),
  });

export const downloadSurveyXlsx = (id: string, q: SurveyResultsQuery) => {
  const qs = new URLSearchParams(params(q)).toString();
  return downloadFile(`/surveys/${id}/results.xlsx${qs ? `?${qs}` : ""}`, `survey-${id}.xlsx`);
};

export function useSaveSurvey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: NewSurveyBody | SurveyUpdateBody }) =>
      id ? api.put<Survey>(`/surveys/${id}`, body) : api.post<Survey>("/surveys", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["surveys"] }),
  });
}

export const useSurveySettings = () =>
  useQuery({ queryKey: ["survey-settings"], queryFn: () => api.get<SurveySettings>("/survey-settings") });

export function useSaveSurveySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveySettings) => api.put<SurveySettings>("/survey-settings", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["survey-settings"] }),
  });
}

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

// The customer portal: the surveys waiting for the signed-in customer.
export const useMySurveys = () =>
  useQuery({
    queryKey: ["portal-surveys"],
    queryFn: () => api.get<{ items: PortalSurvey[] }>("/portal/surveys").then((r) => r.items),
  });

export const useMySurvey = (id: string | undefined) =>
  useQuery({
    queryKey: ["portal-surveys", id],
    queryFn: () => api.get<PublicSurvey>(`/portal/surveys/${id}`),
    enabled: Boolean(id),
  });

export function useAnswerMySurvey(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) =>
      api.post<{ id: string }>(`/portal/surveys/${id}/responses`, { answers }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["portal-surveys"] }),
  });
}
