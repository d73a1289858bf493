import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";
import type { Customer, Page, Tier } from "../../app/types";

export type CustomerInput = {
  name: string;
  kind: Customer["kind"];
  // null clears the field on update.
  email?: string | null;
  phone?: string | null;
  tier?: Tier;
  outletId?: string | null;
  // The structured address: a GB/T 2260 division and the street.
  divisionCode?: string | null;
  street?: string | null;
};

// For pickers: the first page of matches is enough.
export function useCustomerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["customers", "search", q],
    queryFn: ({ signal }) => api.get<Page<Customer>>("/customers", { q: q || undefined, limit: 20 }, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function useCustomer(id: string | undefined) {
  return useQuery({
    queryKey: ["customers", "one", id],
    queryFn: ({ signal }) =>
      api.get<Customer>(`/customers/${encodeURIComponent(id ?? "")}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useSaveCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<CustomerInput> }) =>
      id
        ? api.patch<Customer>(`/customers/${encodeURIComponent(id)}`, input)
        : api.post<Customer>("/customers", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["customers"] }),
  });
}
