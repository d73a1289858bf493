import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";
import { useCursorList } from "../../app/lists";
import type {
  Message,
  Page,
  Priority,
  SlaState,
  Ticket,
  TicketAction,
  TicketEvent,
  TicketListItem,
  TicketSla,
  TicketStatus,
  TicketType,
} from "../../app/types";

const LIVE_MS = 5_000;

export type TicketQuery = {
  status?: readonly TicketStatus[];
  priority?: readonly Priority[];
  type?: readonly TicketType[];
  assigneeId?: string;
  customerId?: string;
  slaState?: readonly SlaState[];
  teamId?: string;
  q?: string;
  sort?: "created_desc" | "created_asc" | "updated_desc" | "priority" | "sla_due";
};

const enc = (ref: string) => encodeURIComponent(ref);

export function useTicketList(
  query: TicketQuery,
  opts: { live?: boolean; limit?: number; enabled?: boolean } = {},
) {
  return useCursorList<TicketListItem>(["tickets"], "/tickets", query, {
    refetchInterval: opts.live ? LIVE_MS : false,
    limit: opts.limit,
    enabled: opts.enabled,
  });
}

// How many tickets a view holds: the server gives no total, so count one page of up to 200.
export function useTicketCount(query: TicketQuery, enabled = true) {
  return useQuery({
    queryKey: ["tickets", "count", query],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<TicketListItem>>("/tickets", { ...query, limit: 200 }, signal);
      return {
        count: page.total ?? page.items.length,
        more: page.total === undefined && page.nextCursor !== null,
      };
    },
    refetchInterval: 15_000,
    enabled,
  });
}

export function useTicket(ref: string, live = true) {
  return useQuery({
    queryKey: ["ticket", ref],
    queryFn: ({ signal }) => api.get<Ticket>(`/tickets/${enc(ref)}`, undefined, signal),
    refetchInterval: live ? LIVE_MS : false,
  });
}

export function useMessages(ref: string) {
  return useQuery({
    queryKey: ["ticket", ref, "messages"],
    queryFn: ({ signal }) => api.get<Page<Message>>(`/tickets/${enc(ref)}/messages`, { limit: 200 }, signal),
    refetchInterval: LIVE_MS,
  });
}

export function useEvents(ref: string, enabled = true) {
  return useQuery({
    queryKey: ["ticket", ref, "events"],
    queryFn: ({ signal }) =>
      api.get<Page<TicketEvent>>(`/tickets/${enc(ref)}/events`, { limit: 200 }, signal),
    refetchInterval: LIVE_MS,
    enabled,
  });
}

export function useSla(ref: string, enabled = true) {
  return useQuery({
    queryKey: ["ticket", ref, "sla"],
    queryFn: ({ signal }) => api.get<TicketSla>(`/tickets/${enc(ref)}/sla`, undefined, signal),
    // No policy endpoint or no SLA (404): stop asking until the page is opened again.
    refetchInterval: (q) => (q.state.error ? false : LIVE_MS),
    retry: false,
    enabled,
  });
}

function useRefresh(ref: string) {
  const qc = useQueryClient();
  return (ticket?: Ticket) => {
    if (ticket) qc.setQueryData(["ticket", ref], ticket);
    // The page may be keyed by id or by number: refresh every open ticket query.
    void qc.invalidateQueries({ queryKey: ["ticket"] });
    void qc.invalidateQueries({ queryKey: ["tickets"] });
  };
}

export function useTransition(ref: string) {
  const refresh = useRefresh(ref);
  return useMutation({
    mutationFn: (v: { action: TicketAction; reason?: string }) =>
      api.post<Ticket>(`/tickets/${enc(ref)}/transitions`, v.reason ? v : { action: v.action }),
    onSuccess: (t) => refresh(t),
  });
}

export type TicketPatch = {
  priority?: Priority;
  type?: TicketType;
  assigneeId?: string | null;
  tags?: string[];
  addTags?: string[];
  teamId?: string | null;
  // Required by the server when an owned ticket changes hands (首问责任制).
  reason?: string;
};

export function usePatchTicket(ref: string) {
  const refresh = useRefresh(ref);
  return useMutation({
    mutationFn: (patch: TicketPatch) => api.patch<Ticket>(`/tickets/${enc(ref)}`, patch),
    onSuccess: (t) => refresh(t),
  });
}

export type NewMessage = { body: string; visibility: "public" | "internal"; attachmentIds?: string[] };

export function usePostMessage(ref: string) {
  const refresh = useRefresh(ref);
  return useMutation({
    mutationFn: (m: NewMessage) => api.post<Message>(`/tickets/${enc(ref)}/messages`, m),
    onSuccess: () => refresh(),
  });
}

export type NewTicket = {
  subject: string;
  description: string;
  type: TicketType;
  priority?: Priority;
  channel?: string;
  customerId?: string;
  unitSerial?: string;
  attachmentIds?: string[];
};

export function useCreateTicket() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: NewTicket) => api.post<Ticket>("/tickets", t),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["tickets"] }),
  });
}
