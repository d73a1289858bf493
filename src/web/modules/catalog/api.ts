import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api";
import type { Page, Product, Unit } from "../../app/types";

// Same rule as the server, so people learn it before sending.
export const SERIAL = /^\s*[A-Za-z0-9._\-/]{3,64}\s*$/;

export type ProductInput = {
  sku: string;
  name: string;
  nameEn?: string | null;
  category?: string;
  warrantyMonths: number;
  skills: string[];
};
export type UnitInput = { serial: string; productSku: string; customerId?: string; purchasedAt: string };

export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["products", "search", q],
    queryFn: ({ signal }) => api.get<Page<Product>>("/products", { q: q || undefined, limit: 50 }, signal),
    staleTime: 60_000,
  });
}

export function useSaveProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<ProductInput> }) =>
      id
        ? api.patch<Product>(`/products/${encodeURIComponent(id)}`, input)
        : api.post<Product>("/products", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["products"] }),
  });
}

// All units of one customer (or of the signed-in customer when no id is given).
export function useCustomerUnits(customerId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ["units", "of", customerId ?? "me"],
    queryFn: ({ signal }) => api.get<Page<Unit>>("/units", { customerId, limit: 200 }, signal),
    enabled,
  });
}

export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitInput) => api.post<Unit>("/units", input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["units"] }),
  });
}
