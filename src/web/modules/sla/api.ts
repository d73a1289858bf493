import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SlaMonitor, SlaReport } from "../../../shared/api/sla-reports";
import type { Team } from "../../../shared/api/teams";
import { SLA_REPORT_GROUPS } from "../../../shared/sla-report-groups";
import { api } from "../../app/api";
import type { SlaPolicy } from "../../app/types";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Hours = [string, string][];

export type Calendar = {
  id: string;
  name: string;
  timezone: string;
  weekly: Record<Weekday, Hours>;
  overrides: { date: string; hours: Hours }[];
  weeklyMinutes: number;
  createdAt: string;
  updatedAt: string;
};

export type CalendarInput = Pick<Calendar, "name" | "timezone" | "weekly" | "overrides">;

export type PolicyInput = Omit<SlaPolicy, "id" | "createdAt">;

export type {
  MonitorTicket,
  SlaMonitor as Monitor,
  SlaReportRow as ReportRow,
} from "../../../shared/api/sla-reports";

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
    mutationFn: ({ id, input }: { id?: string; input: Partial<CalendarInput> }) =>
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
