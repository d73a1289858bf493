import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Calendar, CalendarInput, CalendarPatch, PolicyInput, SlaPolicy } from "../../../shared/api/sla";
import type { SlaMonitor, SlaReport } from "../../../shared/api/sla-reports";
import type { Team } from "../../../shared/api/teams";
import type { Hours, Weekday } from "../../../shared/business-hours";
import { SLA_REPORT_GROUPS } from "../../../shared/sla-report-groups";
import { api } from "../../app/api";

// Display order (Monday first); the API's keys are the same seven.
export const WEEKDAYS = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
] as const satisfies readonly Weekday[];

export type {
  MonitorTicket,
  SlaMonitor as Monitor,
  SlaReportRow as ReportRow,
} from "../../../shared/api/sla-reports";
export type { Calendar, CalendarInput, Hours, PolicyInput, Weekday };

export const GROUP_BY = SLA_REPORT_GROUPS;
export type GroupBy = (typeof GROUP_BY)[number];

const MONITOR_MS = 5_000;

export function useMonitor() {
  return useQuery({
    queryKey: ["sla", "monitor"],
    queryFn: ({ signal }) => api.get<SlaMonitor>("/sla/monitor", undefined, signal),
    refetchInterval: MONITOR_MS,
  });
}

export function useReport(q: { from: string; to: string; groupBy: GroupBy }) {
  return useQuery({
    queryKey: ["sla", "report", q],
    queryFn: ({ signal }) => api.get<SlaReport>("/sla/report", q, signal),
  });
}

export function useTeams() {
  return useQuery({
    queryKey: ["teams"],
    queryFn: ({ signal }) => api.get<{ items: Team[] }>("/teams", undefined, signal),
    staleTime: 60_000,
    retry: false,
  });
}

export function useCalendars() {
  return useQuery({
    queryKey: ["sla", "calendars"],
    queryFn: ({ signal }) => api.get<{ items: Calendar[] }>("/calendars", undefined, signal),
  });
}

export function useSaveCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CalendarPatch }) =>
      id
        ? api.patch<Calendar>(`/calendars/${encodeURIComponent(id)}`, input)
        : api.post<Calendar>("/calendars", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["sla", "calendars"] }),
  });
}

export function useDuePreview() {
  return useMutation({
    mutationFn: ({ calendarId, start, minutes }: { calendarId: string; start: string; minutes: number }) =>
      api.post<{ due: string }>(`/calendars/${encodeURIComponent(calendarId)}/due`, { start, minutes }),
  });
}

export function usePolicies() {
  return useQuery({
    queryKey: ["sla", "policies"],
    queryFn: ({ signal }) => api.get<{ items: SlaPolicy[] }>("/sla-policies", undefined, signal),
  });
}

export function useSavePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PolicyInput }) =>
      id
        ? api.patch<SlaPolicy>(`/sla-policies/${encodeURIComponent(id)}`, input)
        : api.post<SlaPolicy>("/sla-policies", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["sla", "policies"] }),
  });
}

export function useDeletePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del<void>(`/sla-policies/${encodeURIComponent(id)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["sla", "policies"] }),
  });
}
