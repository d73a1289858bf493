import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AddParticipantInput,
  Complaint,
  ComplaintParticipant,
  ComplaintPlanInput,
  ComplaintRow,
  ComplaintView,
  ExecutionInput,
  RaiseComplaintInput,
  UpdateComplaintInput,
} from "../../../shared/api/complaints";
import { api } from "../../app/api";
import { isStaff, type Page, type User } from "../../app/types";

export type { Complaint, ComplaintParticipant, ComplaintRow, ComplaintView };

const enc = encodeURIComponent;

// A ticket's complaint (staff: the record; the customer: their projection). Lives under the
// ticket's key, so a ticket refresh (a confirm, a reply) refreshes it too; `ticketUpdatedAt` (the
// live ticket's) makes a change made elsewhere (the escalation job, a customer's confirmation)
// show without a reload.
export function useTicketComplaint(ticketRef: string, enabled = true, ticketUpdatedAt?: string) {
  return useQuery({
    queryKey: ["ticket", ticketRef, "complaint", ticketUpdatedAt],
    placeholderData: keepPreviousData,
    enabled,
    queryFn: ({ signal }) =>
      api.get<ComplaintView>(`/tickets/${enc(ticketRef)}/complaint`, undefined, signal),
    retry: false,
  });
}

export function useMyComplaintTasks(enabled = true) {
  return useQuery({
    queryKey: ["complaints", "tasks"],
    enabled,
    queryFn: ({ signal }) =>
      api.get<{ items: ComplaintParticipant[] }>("/complaints/tasks", undefined, signal),
  });
}

function useRefresh() {
  const qc = useQueryClient();
  return (c: Complaint) => {
    qc.setQueriesData({ queryKey: ["ticket", c.ticketNumber, "complaint"] }, c);
    void qc.invalidateQueries({ queryKey: ["ticket", c.ticketNumber] });
    void qc.invalidateQueries({ queryKey: ["complaints"] });
  };
}

function useComplaintStep<V>(path: (id: string) => string, method: "post" | "put" | "patch" = "post") {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: V }) => {
      if (method === "put") return api.put<Complaint>(path(id), body);
      if (method === "patch") return api.patch<Complaint>(path(id), body);
      return api.post<Complaint>(path(id), body);
    },
    onSuccess: refresh,
  });
}

export const useUpdateRecord = () =>
  useComplaintStep<UpdateComplaintInput>((id) => `/complaints/${enc(id)}`, "patch");
export const useSubmitPlan = () =>
  useComplaintStep<ComplaintPlanInput>((id) => `/complaints/${enc(id)}/plan`, "put");
export const useApprovePlan = () =>
  useComplaintStep<{ note?: string }>((id) => `/complaints/${enc(id)}/approve`);
export const useRejectPlan = () =>
  useComplaintStep<{ reason: string }>((id) => `/complaints/${enc(id)}/reject`);
export const useRecordExecution = () =>
  useComplaintStep<ExecutionInput>((id) => `/complaints/${enc(id)}/execution`);
export const useAddParticipant = () =>
  useComplaintStep<AddParticipantInput>((id) => `/complaints/${enc(id)}/participants`);

export function useCompleteTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; participantId: string; note?: string }) =>
      api.post<Complaint>(`/complaints/${enc(v.id)}/participants/${enc(v.participantId)}/done`, {
        ...(v.note ? { note: v.note } : {}),
      }),
    onSuccess: refresh,
  });
}

export function useRaiseComplaint(ticketRef: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: RaiseComplaintInput) => api.post<Complaint>(`/tickets/${enc(ticketRef)}/complaints`, v),
    onSuccess: refresh,
  });
}

// Every active staff member (a participant may be in R&D, purchasing or logistics, not only agents).
export function useStaffList() {
  return useQuery({
    queryKey: ["users", "staff-all"],
    queryFn: async ({ signal }) =>
      (await api.get<Page<User>>("/users", { limit: 200 }, signal)).items.filter(
        (u) => isStaff(u.role) && u.active,
      ),
    staleTime: 60_000,
  });
}
