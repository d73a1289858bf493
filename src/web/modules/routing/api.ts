import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { LoadBoard, RoutedTicket } from "../../../shared/api/assignment";
import type { NetworkNode, Technician, Visit } from "../../../shared/api/field";
import type { OwnPresence, PresenceStatus } from "../../../shared/api/presence";
import type {
  Macro,
  MacroActions,
  Notification,
  RenderedMacro,
  SavedView,
  Viewer,
  ViewFilters,
} from "../../../shared/api/workspace";
import { api } from "../../app/api";
import type { Page, TicketListItem } from "../../app/types";

// Shapes of the routing modules' API (README "Routing, triggers, macros and views"): the server's
// response schemas in src/shared/api, as types only.
export type { AgentLoad, LoadBoard } from "../../../shared/api/assignment";
export type { PresenceStatus } from "../../../shared/api/presence";
export type {
  Macro,
  MacroWarning,
  Notification,
  SavedView,
  Viewer,
  ViewFilters,
} from "../../../shared/api/workspace";
export const PRESENCE: readonly PresenceStatus[] = ["online", "away", "offline"];

export type MacroInput = {
  name: string;
  bodies: { "zh-CN"?: string; en?: string };
  shared?: boolean;
  actions?: MacroActions;
};

const enc = encodeURIComponent;
const BOARD_MS = 3_000;

export function usePresence(enabled: boolean) {
  return useQuery({
    queryKey: ["presence"],
    queryFn: ({ signal }) => api.get<OwnPresence>("/presence", undefined, signal),
    enabled,
  });
}

export function useSetPresence(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (status: PresenceStatus) => api.put(`/users/${enc(userId)}/presence`, { status }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["presence"] });
      void qc.invalidateQueries({ queryKey: ["routing"] });
    },
  });
}

export function useLoadBoard() {
  return useQuery({
    queryKey: ["routing", "load"],
    queryFn: ({ signal }) => api.get<LoadBoard>("/routing/load", undefined, signal),
    refetchInterval: BOARD_MS,
  });
}

export function useAgentTickets(userId: string) {
  return useQuery({
    queryKey: ["routing", "tickets", userId],
    queryFn: ({ signal }) =>
      api.get<Page<TicketListItem>>(
        "/tickets",
        { assigneeId: userId, status: "open", sort: "created_asc", limit: 200 },
        signal,
      ),
    refetchInterval: BOARD_MS,
  });
}

// The queue of the board: new tickets nobody holds, most urgent first.
export const QUEUE_SHOWN = 50;
export function useQueuedTickets() {
  return useQuery({
    queryKey: ["routing", "queued"],
    queryFn: ({ signal }) =>
      api.get<Page<TicketListItem>>(
        "/tickets",
        { assigneeId: "none", status: "new", sort: "priority", limit: QUEUE_SHOWN },
        signal,
      ),
    refetchInterval: BOARD_MS,
  });
}

// "Route now": the assignment decision for one queued ticket.
export function useRouteNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ref: string) => api.post<RoutedTicket>(`/routing/tickets/${enc(ref)}/route`),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ["routing"] });
      void qc.invalidateQueries({ queryKey: ["tickets"] });
    },
  });
}

// What booking a visit from the board picks from: the service network and its technicians.
export function useFieldNetwork(enabled: boolean) {
  const nodes = useQuery({
    queryKey: ["network", "nodes"],
    queryFn: ({ signal }) => api.get<{ items: NetworkNode[] }>("/network/nodes", undefined, signal),
    enabled,
    staleTime: 60_000,
  });
  const technicians = useQuery({
    queryKey: ["network", "technicians"],
    queryFn: ({ signal }) => api.get<{ items: Technician[] }>("/technicians", undefined, signal),
    enabled,
    staleTime: 60_000,
  });
  return { nodes, technicians };
}

export type VisitInput = {
  kind: string;
  nodeId: string;
  address: string;
  durationMinutes: number;
  technicianId: string;
  start: string;
};

// Books a visit for a named technician through the field module's commands: the visit is created
// for the ticket once (kept across a retry), then given to the technician at the chosen time.
export function useBookVisitFor(ref: string) {
  const qc = useQueryClient();
  const created = useRef<string | null>(null);
  return useMutation({
    mutationFn: async ({ technicianId, start, ...visit }: VisitInput) => {
      created.current ??= (await api.post<Visit>(`/tickets/${enc(ref)}/visits`, visit)).id;
      return api.post<Visit>(`/visits/${enc(created.current)}/assignment`, { technicianId, start });
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ["routing"] });
      void qc.invalidateQueries({ queryKey: ["visits"] });
    },
  });
}

export function useReassign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { ref: string; assigneeId: string; reason: string }) =>
      api.patch(`/tickets/${enc(v.ref)}`, { assigneeId: v.assigneeId, reason: v.reason || undefined }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ["routing"] });
      void qc.invalidateQueries({ queryKey: ["tickets"] });
    },
  });
}

export function useMacros(enabled = true) {
  return useQuery({
    queryKey: ["macros"],
    queryFn: ({ signal }) => api.get<{ items: Macro[] }>("/macros", undefined, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function useSaveMacro() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: MacroInput }) =>
      id
        ? api.patch<Macro>(`/macros/${enc(id)}`, {
            name: input.name,
            bodies: input.bodies,
            actions: input.actions,
          })
        : api.post<Macro>("/macros", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["macros"] }),
  });
}

export function useDeleteMacro() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(`/macros/${enc(id)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["macros"] }),
  });
}

export const renderMacro = (id: string, ticketRef: string, locale: string) =>
  api.post<RenderedMacro>(`/macros/${enc(id)}/render`, {
    ticketRef,
    locale,
  });

export function useViews() {
  return useQuery({
    queryKey: ["views"],
    queryFn: ({ signal }) => api.get<{ items: SavedView[] }>("/views", undefined, signal),
  });
}

export function useViewCounts() {
  return useQuery({
    queryKey: ["views", "counts"],
    queryFn: ({ signal }) =>
      api.get<{ items: { viewId: string; count: number }[] }>("/views/counts", undefined, signal),
    refetchInterval: 15_000,
  });
}

export function useSaveView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; filters: ViewFilters; shared: boolean }) =>
      api.post<SavedView>("/views", v),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["views"] }),
  });
}

export function useDeleteView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(`/views/${enc(id)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["views"] }),
  });
}

export function useViewers(ref: string) {
  return useQuery({
    queryKey: ["ticket", ref, "viewers"],
    queryFn: ({ signal }) => api.get<{ items: Viewer[] }>(`/tickets/${enc(ref)}/viewers`, undefined, signal),
    refetchInterval: 5_000,
  });
}

export const markViewing = (ref: string, typing: boolean) =>
  api.post<{ items: Viewer[] }>(`/tickets/${enc(ref)}/viewing`, { typing });

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ["notifications"],
    queryFn: ({ signal }) => api.get<{ items: Notification[] }>("/notifications", undefined, signal),
    refetchInterval: 30_000,
    enabled,
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ count: number }>("/notifications/read-all"),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["notifications"] }),
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${enc(id)}/read`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["notifications"] }),
  });
}
