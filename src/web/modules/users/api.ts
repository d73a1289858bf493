import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";
import type { Locale, Outlet, Page, Role, Tenant, User } from "../../app/types";

export type UserInput = {
  email: string;
  name: string;
  role: Role;
  password: string;
  skills: string[];
  maxOpenTickets: number;
  customerId?: string;
  outletId?: string;
  active: boolean;
};

// Staff who can take tickets, for assignee pickers.
export function useAgents(enabled = true) {
  return useQuery({
    queryKey: ["users", "agents"],
    queryFn: ({ signal }) => api.get<Page<User>>("/users", { role: "agent", limit: 200 }, signal),
    enabled,
    staleTime: 60_000,
  });
}

// Every staff role a ticket's history may name (an escalation assigns a supervisor or a
// technician, not only agents): one name lookup, so no raw user id reaches the screen.
const NAMED_ROLES: Role[] = ["agent", "supervisor", "technician", "admin", "qa"];

export function useStaffNames(enabled = true): (id: string) => string | undefined {
  const lists = useQueries({
    queries: NAMED_ROLES.map((role) => ({
      queryKey: ["users", role === "agent" ? "agents" : `role-${role}`],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Page<User>>("/users", { role, limit: 200 }, signal),
      enabled,
      staleTime: 60_000,
    })),
  });
  return (id: string) => {
    for (const l of lists) {
      const found = l.data?.items.find((u) => u.id === id);
      if (found) return found.name;
    }
    return undefined;
  };
}

export function useSaveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<UserInput> }) =>
      id ? api.patch<User>(`/users/${encodeURIComponent(id)}`, input) : api.post<User>("/users", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["users"] }),
  });
}

export function useOutlets(enabled = true) {
  return useQuery({
    queryKey: ["outlets"],
    queryFn: ({ signal }) => api.get<Page<Outlet>>("/outlets", { limit: 200 }, signal),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useTenant() {
  return useQuery({
    queryKey: ["tenant"],
    queryFn: ({ signal }) => api.get<Tenant>("/tenant", undefined, signal),
    staleTime: 30 * 60_000,
  });
}

export type TenantInput = {
  name?: string;
  timezone?: string;
  defaultLocale?: Locale;
  autoCloseDays?: number;
  visitNoticeHours?: number;
};

export function useSaveTenant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TenantInput) => api.patch<Tenant>("/tenant", input),
    onSuccess: (t) => qc.setQueryData(["tenant"], t),
  });
}
