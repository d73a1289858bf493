import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Visit, VisitSlot } from "../../../shared/api/field";
import { api, downloadFile } from "../../app/api";

export type { Visit, VisitSlot };

const key = ["visits"] as const;

export const useVisits = (query: Record<string, string>, enabled = true) =>
  useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) => api.get<{ items: Visit[] }>("/visits", query, signal),
    enabled,
  });

export const useVisit = (id: string) =>
  useQuery({
    queryKey: [...key, "one", id],
    queryFn: ({ signal }) => api.get<Visit>(`/visits/${id}`, undefined, signal),
  });

export const useVisitSlots = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...key, "slots", id],
    queryFn: ({ signal }) => api.get<{ items: VisitSlot[] }>(`/visits/${id}/slots`, undefined, signal),
    enabled,
  });

// Every change answers with the visit; the lists and the slots are refetched.
function useVisitChange<B>(id: string, path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<Visit>(`/visits/${id}/${path}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export const useBookVisit = (id: string) => useVisitChange<{ start: string }>(id, "booking");
export const useVisitStep = (id: string) =>
  useVisitChange<{ action: string; lat?: number; lng?: number; notes?: string; followUp?: boolean }>(
    id,
    "steps",
  );
export const useVisitPart = (id: string) => useVisitChange<{ partNo: string; qty: number }>(id, "parts");
export const useVisitSignature = (id: string) =>
  useVisitChange<{ image: string; signedBy: string }>(id, "signature");

export const downloadReport = (v: Visit) =>
  downloadFile(`/visits/${encodeURIComponent(v.id)}/report.pdf`, `service-report-${v.ticketNumber}.pdf`);
