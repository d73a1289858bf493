import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InspectionInput, OpenRmaInput, Rma, RmaTransitionInput } from "../../../shared/api/rma";
import type { Entitlement } from "../../../shared/warranty";
import type { UnitPlan, WarrantyPlan, WarrantyPlanInput } from "../../../shared/warranty-plans";
import type { CategoryEntry, WarrantySettings } from "../../../shared/warranty-settings";
import { api } from "../../app/api";
import type { Page } from "../../app/types";

const enc = encodeURIComponent;

export type { InspectionInput, Rma, RmaTransitionInput };

// The entitlement for a request's unit on the day the request was opened (the 7/15-day rules count it).
export function useEntitlement(unitSerial: string | null | undefined, requestDate: string) {
  return useQuery({
    queryKey: ["entitlement", unitSerial, requestDate],
    enabled: !!unitSerial,
    queryFn: () =>
      api.post<Entitlement>("/warranty/evaluate", {
        unitSerial,
        requestDate,
        fault: { kind: "performance_fault" },
      }),
    retry: false,
  });
}

export function useTicketRmas(ticketRef: string) {
  return useQuery({
    queryKey: ["rmas", "ticket", ticketRef],
    queryFn: () => api.get<Page<Rma>>("/rmas", { ticket: ticketRef, limit: 20 }),
  });
}

export function useRmaList(status: string | undefined) {
  return useQuery({
    queryKey: ["rmas", "list", status ?? "all"],
    queryFn: () => api.get<Page<Rma>>("/rmas", { status, limit: 100 }),
  });
}

export function useRma(id: string) {
  return useQuery({ queryKey: ["rma", id], queryFn: () => api.get<Rma>(`/rmas/${enc(id)}`) });
}

function useRefresh() {
  const qc = useQueryClient();
  return (rma: Rma) => {
    qc.setQueryData(["rma", rma.id], rma);
    void qc.invalidateQueries({ queryKey: ["rmas"] });
    void qc.invalidateQueries({ queryKey: ["ticket", rma.ticketNumber] });
  };
}

export function useOpenRma(ticketRef: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: OpenRmaInput) => api.post<Rma>(`/tickets/${enc(ticketRef)}/rma`, v),
    onSuccess: refresh,
  });
}

export function useInspect(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: InspectionInput) => api.post<Rma>(`/rmas/${enc(id)}/inspection`, v),
    onSuccess: refresh,
  });
}

export function useRmaTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: RmaTransitionInput) => api.post<Rma>(`/rmas/${enc(id)}/transitions`, v),
    onSuccess: refresh,
  });
}

export type SettingsAnswer = {
  settings: WarrantySettings;
  ruleBook: { categories: Record<string, CategoryEntry>; config: Record<string, unknown> };
};

export function useWarrantySettings() {
  return useQuery({
    queryKey: ["warranty-settings"],
    queryFn: () => api.get<SettingsAnswer>("/warranty/settings"),
  });
}

export function useSaveWarrantySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (settings: WarrantySettings) => api.put<SettingsAnswer>("/warranty/settings", settings),
    onSuccess: (answer) => qc.setQueryData(["warranty-settings"], answer),
  });
}

export function useWarrantyPlans(enabled = true) {
  return useQuery({
    queryKey: ["warranty-plans"],
    enabled,
    queryFn: () => api.get<{ items: WarrantyPlan[] }>("/warranty/plans"),
  });
}

export function useSavePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...v }: WarrantyPlanInput & { id?: string }) =>
      id
        ? api.put<WarrantyPlan>(`/warranty/plans/${enc(id)}`, v)
        : api.post<WarrantyPlan>("/warranty/plans", v),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["warranty-plans"] }),
  });
}

// Selling a plan changes the unit's entitlement: the why panels refetch.
export function useSellPlan(unitSerial: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => api.post<UnitPlan>(`/units/${enc(unitSerial)}/plans`, { planId }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["entitlement", unitSerial] }),
  });
}
