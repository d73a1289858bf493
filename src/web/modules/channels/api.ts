import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Call, TicketOrigin, TimelineItem } from "../../../shared/api/channels";
import { api } from "../../app/api";
import type { TicketType } from "../../app/types";

export type { Call, TicketOrigin, TimelineItem } from "../../../shared/api/channels";

export type CallInput = {
  direction: "inbound" | "outbound";
  number: string;
  durationSeconds: number;
  summary: string;
  ticketRef?: string;
  customerId?: string;
  createTicket?: { subject: string; type: TicketType };
};

export function useTicketOrigin(ref: string) {
  return useQuery({
    queryKey: ["ticket", ref, "origin"],
    queryFn: ({ signal }) =>
      api.get<TicketOrigin>(`/tickets/${encodeURIComponent(ref)}/origin`, undefined, signal),
  });
}

export function useCustomerTimeline(customerId: string) {
  return useQuery({
    queryKey: ["customers", customerId, "timeline"],
    queryFn: ({ signal }) =>
      api.get<{ items: TimelineItem[] }>(
        `/customers/${encodeURIComponent(customerId)}/timeline`,
        undefined,
        signal,
      ),
  });
}

export function useLogCall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput) => api.post<Call>("/calls", input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["ticket"] });
      void qc.invalidateQueries({ queryKey: ["tickets"] });
      void qc.invalidateQueries({ queryKey: ["customers"] });
    },
  });
}
