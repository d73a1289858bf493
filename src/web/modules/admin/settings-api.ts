import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKey, ApiKeyInput } from "../../../shared/api/api-keys";
import type { RoutingSettings } from "../../../shared/api/assignment";
import type { AuditEntry, AuditVerification } from "../../../shared/api/audit";
import type { Team } from "../../../shared/api/teams";
import { api } from "../../app/api";
import type { Page, User } from "../../app/types";

export type { RoutingSettings } from "../../../shared/api/assignment";
export type { Team } from "../../../shared/api/teams";
export type TeamInput = { name: string; skills: string[]; memberIds: string[] };

export type { Mailbox } from "../../../shared/api/channels";
export type MailboxInput = { name: string; address: string; createUnknownCustomers: boolean };

export type { ApiKey, AuditEntry, AuditVerification };

const saveOf =
  <I, O>(path: string) =>
  ({ id, input }: { id?: string; input: Partial<I> }) =>
    id ? api.patch<O>(`${path}/${encodeURIComponent(id)}`, input) : api.post<O>(path, input);

export function useSaveTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveOf<TeamInput, Team>("/teams"),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["teams"] }),
  });
}

export function useCreateMailbox() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MailboxInput) =>
      api.post<{ id: string; address: string; inboundToken: string }>("/channels/email", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["mailboxes"] }),
  });
}

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyInput) => api.post<ApiKey>("/api-keys", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["api-keys"] }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del<void>(`/api-keys/${encodeURIComponent(id)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["api-keys"] }),
  });
}

export function useRoutingSettings() {
  return useQuery({
    queryKey: ["routing-settings"],
    queryFn: ({ signal }) => api.get<RoutingSettings>("/routing/settings", undefined, signal),
  });
}

export function useSaveRoutingSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<RoutingSettings>) => api.patch<RoutingSettings>("/routing/settings", input),
    onSuccess: (data) => qc.setQueryData(["routing-settings"], data),
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerification>("/audit/verify") });
}

// Every staff account (names for ids, member pickers): one page of 200 is the whole staff of a tenant here.
export function useStaffDirectory() {
  return useQuery({
    queryKey: ["users", "directory"],
    queryFn: ({ signal }) => api.get<Page<User>>("/users", { limit: 200 }, signal),
    staleTime: 60_000,
  });
}
