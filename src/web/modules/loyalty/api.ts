import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CareProfile,
  Customer360,
  LoyaltyAccount,
  LoyaltySettings,
  LoyaltySettingsInput,
  RedeemCatalogue,
  RedeemInput,
  RedeemResult,
} from "../../../shared/api/loyalty";
import type { UnitPlan } from "../../../shared/warranty-plans";
import { api } from "../../app/api";

export type { Customer360, LoyaltySettings, RedeemCatalogue };

type MyAccount = LoyaltyAccount & CareProfile;

export const useMyPoints = () =>
  useQuery({
    queryKey: ["loyalty", "me"],
    queryFn: ({ signal }) => api.get<MyAccount>("/loyalty/me", undefined, signal),
  });

export const useCatalogue = () =>
  useQuery({
    queryKey: ["loyalty", "catalogue"],
    queryFn: ({ signal }) => api.get<RedeemCatalogue>("/loyalty/me/catalogue", undefined, signal),
  });

export function useRedeem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RedeemInput) => api.post<RedeemResult>("/loyalty/me/redemptions", body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["loyalty"] });
      void qc.invalidateQueries({ queryKey: ["unit-warranty"] });
    },
  });
}

export function useClaimReferral() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<{ referred: true }>("/loyalty/me/referrer", { code }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["loyalty", "me"] }),
  });
}

export function useSaveCare() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CareProfile) => api.put<CareProfile>("/loyalty/me/care", body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["loyalty", "me"] }),
  });
}

// A unit's extended plans, as its warranty view has them.
export const useUnitPlans = (serial: string) =>
  useQuery({
    queryKey: ["unit-warranty", serial],
    queryFn: ({ signal }) =>
      api.get<{ plans: UnitPlan[] }>(`/units/${encodeURIComponent(serial)}/warranty`, undefined, signal),
    select: (d) => d.plans,
  });

export const useCustomer360 = (customerId: string) =>
  useQuery({
    queryKey: ["loyalty", "customer", customerId],
    queryFn: ({ signal }) =>
      api.get<Customer360>(`/customers/${encodeURIComponent(customerId)}/loyalty`, undefined, signal),
  });

export function useRecordPurchase(customerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { amount: string; reference: string }) =>
      api.post<{ recorded: boolean; points: number }>(
        `/customers/${encodeURIComponent(customerId)}/purchases`,
        body,
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["loyalty", "customer", customerId] }),
  });
}

export const useLoyaltySettings = () =>
  useQuery({
    queryKey: ["loyalty", "settings"],
    queryFn: ({ signal }) => api.get<LoyaltySettings>("/loyalty/settings", undefined, signal),
  });

export function useSaveLoyaltySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoyaltySettingsInput) => api.put<LoyaltySettings>("/loyalty/settings", body),
    onSuccess: (data) => qc.setQueryData(["loyalty", "settings"], data),
  });
}

export const useRunCare = () =>
  useMutation({ mutationFn: () => api.post<{ scheduled: number }>("/loyalty/care/run") });

export const useTakeVoucher = () =>
  useMutation({
    mutationFn: (v: { code: string; usedOn: string }) =>
      api.post<{ code: string; value: number }>(
        `/loyalty/vouchers/${encodeURIComponent(v.code.trim())}/use`,
        {
          usedOn: v.usedOn,
        },
      ),
  });
