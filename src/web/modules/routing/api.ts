import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";
import type { Page, Priority, TicketListItem, TicketStatus, TicketType } from "../../app/types";
import type { MacroActions } from "./macro-actions";

// Shapes of the routing module's API (README "Routing, triggers, macros and views").
export type PresenceStatus = "online" | "away" | "offline";
export const PRESENCE: readonly PresenceStatus[] = ["online", "away", "offline"];

export type AgentLoad = {
  userId: string;
  name: string;
  role: string;
  status: PresenceStatus;
  lastSeenAt: string | null;
  open: number;
  capacity: number;
  load: number;
  skills: string[];
  oldestOpenAt: string | null;
  expectedHandlingMinutes: number;
};
export type LoadBoard = { agents: AgentLoad[]; queued: number };

export type Macro = {
  id: string;
  name: string;
  bodies: { "zh-CN"?: string; en?: string };
  actions?: MacroActions;
  shared: boolean;
  ownerId: string | null;
};
export type MacroInput = {
  name: string;
  bodies: { "zh-CN"?: string; en?: string };
  shared?: boolean;
  actions?: MacroActions;
};

export type ViewFilters = {
  status?: TicketStatus[];
  priority?: Priority[];
  type?: TicketType[];
  assigneeId?: string;
  q?: string;
  sort?: "created_desc" | "created_asc" | "updated_desc" | "priority";
};
export type SavedView = { id: string; name: string; filters: ViewFilters; shared: boolean; ownerId: string };

export type Viewer = { userId: string; name: string; typing: boolean };
export type Notification = {
  id: string;
  kind: string;
  ticketId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
};

const enc = encodeURIComponent;
const BOARD_MS = 3_000;

export function usePresence(enabled: boolean) {
  return useQuery({
    queryKey: ["presence"],
    queryFn: ({ signal }) =>
      api.get<{ status: PresenceStatus; lastSeenAt: string | null }>("/presence", undefined, signal),
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

export function useReassign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { ref: string; assigneeId: string; reason: string }) =>
      api.patch(`/tickets/${enc(v.ref)}`, { assigneeId: v.assigneeId, reason: v.reason }),
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

// What a rendered macro says that the ticket contradicts (e.g. a warranty end already past).
export type MacroWarning = { code: "warranty_expired"; serial: string; endsAt: string };

export const renderMacro = (id: string, ticketRef: string, locale: string) =>
  api.post<{ body: string; locale: string; warnings?: MacroWarning[]; actions?: MacroActions }>(
    `/macros/${enc(id)}/render`,
    { ticketRef, locale },
  );

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
