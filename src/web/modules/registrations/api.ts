import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UnitRegistration } from "../../../shared/api/registrations";
import { api } from "../../app/api";
import type { Page } from "../../app/types";

export type { UnitRegistration };
export type RegistrationStatus = UnitRegistration["status"];

export function useRegistrations(status?: RegistrationStatus) {
  return useQuery({
    queryKey: ["unit-registrations", status ?? "all"],
    queryFn: ({ signal }) =>
      api.get<Page<UnitRegistration>>("/unit-registrations", { status, limit: 200 }, signal),
  });
}

export function useSubmitRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { serial: string; productSku: string; purchasedAt: string; invoice: File }) => {
      const form = new FormData();
      form.set("serial", v.serial);
      form.set("productSku", v.productSku);
      form.set("purchasedAt", v.purchasedAt);
      form.set("invoice", v.invoice, v.invoice.name);
      return api.postForm<UnitRegistration>("/unit-registrations", form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["unit-registrations"] }),
  });
}

export function useReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reject }: { id: string; reject?: string }) =>
      reject === undefined
        ? api.post<UnitRegistration>(`/unit-registrations/${encodeURIComponent(id)}/approve`)
        : api.post<UnitRegistration>(`/unit-registrations/${encodeURIComponent(id)}/reject`, {
            reason: reject,
          }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["unit-registrations"] });
      void qc.invalidateQueries({ queryKey: ["units"] });
    },
  });
}

export function useTransferUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ serial, ...body }: { serial: string; email?: string; phone?: string; reason?: string }) =>
      api.post<{ serial: string }>(`/units/${encodeURIComponent(serial)}/transfer`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["units"] });
      void qc.invalidateQueries({ queryKey: ["unit-transfers"] });
    },
  });
}

export type TransferOffer = {
  id: string;
  serial: string;
  direction: "incoming" | "outgoing";
  status: "pending" | "accepted" | "cancelled";
  to: string | null;
  createdAt: string;
};

export function useTransferOffers() {
  return useQuery({
    queryKey: ["unit-transfers"],
    queryFn: ({ signal }) => api.get<Page<TransferOffer>>("/unit-transfers", undefined, signal),
  });
}

export function useAcceptTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ serial: string }>(`/unit-transfers/${encodeURIComponent(id)}/accept`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["units"] });
      void qc.invalidateQueries({ queryKey: ["unit-transfers"] });
    },
  });
}
