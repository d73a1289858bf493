import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Certification } from "../../../shared/api/field";
import { api } from "../../app/api";

export type { Certification };

const key = (userId: string) => ["technicians", userId, "certifications"] as const;
const path = (userId: string) => `/technicians/${encodeURIComponent(userId)}/certifications`;

export const useCertifications = (userId: string) =>
  useQuery({
    queryKey: key(userId),
    queryFn: ({ signal }) => api.get<{ items: Certification[] }>(path(userId), undefined, signal),
    retry: false,
  });

export type CertificationInput = { skill: string; name: string; issuedOn: string; expiresOn: string };

export function useAddCertification(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificationInput) => api.post<Certification>(path(userId), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(userId) }),
  });
}

export function useRemoveCertification(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del<void>(`${path(userId)}/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(userId) }),
  });
}
