import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Callback, CallbackDetail, CallbackSettings } from "../../../shared/api/callbacks";
import type { VocAlert } from "../../../shared/api/voc-alerts";
import { api } from "../../app/api";

export type { Callback, CallbackDetail, CallbackSettings, VocAlert };

export const useCallbackQueue = (status: "open" | "done", dueNow: boolean) =>
  useQuery({
    queryKey: ["callbacks", status, dueNow],
    queryFn: () =>
      api
        .get<{ items: Callback[] }>("/callbacks", { status, due: dueNow ? "now" : undefined })
        .then((r) => r.items),
  });

export const useCallback = (id: string | undefined) =>
  useQuery({
    queryKey: ["callbacks", "one", id],
    queryFn: () => api.get<CallbackDetail>(`/callbacks/${id}`),
    enabled: Boolean(id),
  });

function useCallbackMutation<T>(id: string, path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post<CallbackDetail>(`/callbacks/${id}/${path}`, body),
    onSuccess: (data) => {
      qc.setQueryData(["callbacks", "one", id], data);
      void qc.invalidateQueries({ queryKey: ["callbacks"] });
    },
  });
}

export const useRecordAttempt = (id: string) =>
  useCallbackMutation<{ outcome: string; note?: string }>(id, "attempts");

export const useRecordResult = (id: string) =>
  useCallbackMutation<{ result: string; score?: number; note?: string; reason?: string; complaint?: string }>(
    id,
    "result",
  );

export const useCallbackSettings = () =>
  useQuery({
    queryKey: ["callback-settings"],
    queryFn: () => api.get<CallbackSettings>("/callback-settings"),
  });

export function useSaveCallbackSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CallbackSettings) => api.put<CallbackSettings>("/callback-settings", body),
    onSuccess: (data) => qc.setQueryData(["callback-settings"], data),
  });
}

export const useVocAlerts = (status: "open" | "acknowledged") =>
  useQuery({
    queryKey: ["voc-alerts", status],
    queryFn: () => api.get<{ items: VocAlert[] }>("/voc-alerts", { status }).then((r) => r.items),
  });

export function useAcknowledgeAlert() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<VocAlert>(`/voc-alerts/${id}/acknowledge`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["voc-alerts"] }),
  });
}
