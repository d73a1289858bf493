import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Movement,
  OldPartReturn,
  Part,
  PurchaseLine,
  ReceiptResult,
  Reservation,
  StockLine,
  StockSite,
  Transfer,
  VanStock,
} from "../../../shared/api/parts";
import { api } from "../../app/api";
import type { Page } from "../../app/types";

export type ReservationStatus = Reservation["status"];
export type {
  Movement,
  OldPartReturn,
  Part,
  PurchaseLine,
  Reservation,
  StockLine,
  StockSite,
  Transfer,
  VanStock,
};

// The part's name in the reader's language (the Chinese name is always there).
export const partName = (
  p: { name?: string; partName?: string; nameEn?: string | null; partNameEn?: string | null },
  lang: string,
) => (lang.startsWith("en") ? (p.nameEn ?? p.partNameEn) : null) ?? p.name ?? p.partName ?? "";

export function useSites() {
  return useQuery({
    queryKey: ["stock-sites"],
    queryFn: ({ signal }) => api.get<Page<StockSite>>("/stock-sites", undefined, signal),
    staleTime: 60_000,
  });
}

export function usePartSearch(q: string) {
  return useQuery({
    queryKey: ["parts", "search", q],
    queryFn: ({ signal }) => api.get<Page<Part>>("/parts", { q: q || undefined, limit: 50 }, signal),
    staleTime: 30_000,
  });
}

export function usePart(partNo: string) {
  return useQuery({
    queryKey: ["parts", "one", partNo],
    queryFn: ({ signal }) => api.get<Part>(`/parts/${encodeURIComponent(partNo)}`, undefined, signal),
  });
}

export function usePartStock(partNo: string) {
  return useQuery({
    queryKey: ["stock", "part", partNo],
    queryFn: ({ signal }) => api.get<Page<StockLine>>("/stock", { partNo, limit: 200 }, signal),
  });
}

export function usePartMovements(partNo: string) {
  return useQuery({
    queryKey: ["stock", "movements", partNo],
    queryFn: ({ signal }) => api.get<Page<Movement>>("/stock/movements", { partNo, limit: 100 }, signal),
  });
}

export function useTicketReservations(ticketRef: string) {
  return useQuery({
    queryKey: ["stock", "reservations", ticketRef],
    queryFn: ({ signal }) =>
      api.get<Page<Reservation>>("/stock/reservations", { ticketRef, limit: 100 }, signal),
  });
}

// Any stock change refreshes every stock view and the ticket (its status may have moved).
function useStockMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["stock"] });
      void qc.invalidateQueries({ queryKey: ["ticket"] });
      void qc.invalidateQueries({ queryKey: ["tickets"] });
    },
  });
}

export type ReceiptInput = { partNo: string; site: string; qty: number; note?: string };
export const useReceive = () =>
  useStockMutation((input: ReceiptInput) => api.post<ReceiptResult>("/stock/receipts", input));

export type ReserveInput = {
  partNo: string;
  site: string;
  qty: number;
  ticketRef: string;
  backorder?: boolean;
};
export const useReserve = () =>
  useStockMutation((input: ReserveInput) => api.post<Reservation>("/stock/reservations", input));

export const useSettle = () =>
  useStockMutation(({ id, how }: { id: string; how: "release" | "consume" }) =>
    api.post<Reservation>(`/stock/reservations/${encodeURIComponent(id)}/${how}`),
  );

export function useTicketOldParts(ticketRef: string) {
  return useQuery({
    queryKey: ["stock", "old-parts", ticketRef],
    queryFn: ({ signal }) => api.get<Page<OldPartReturn>>("/stock/old-parts", { ticketRef }, signal),
  });
}

export type TransferInput = { partNo: string; from: string; to: string; qty: number; carrier?: string };
export const useSendTransfer = () =>
  useStockMutation((input: TransferInput) => api.post<Transfer>("/stock/transfers", input));
export const useReceiveTransfer = () =>
  useStockMutation((id: string) => api.post<Transfer>(`/stock/transfers/${encodeURIComponent(id)}/receive`));

export type OldPartStep = "ship" | "receive" | "scrap";
export const useSettleOldPart = () =>
  useStockMutation(({ id, how }: { id: string; how: OldPartStep }) =>
    api.post<OldPartReturn>(`/stock/old-parts/${encodeURIComponent(id)}/${how}`),
  );

// Everything not yet back, for the per-technician and per-site summary.
export function useOpenOldParts() {
  return useQuery({
    queryKey: ["stock", "old-parts", "open"],
    queryFn: ({ signal }) => api.get<Page<OldPartReturn>>("/stock/old-parts", { status: "open" }, signal),
  });
}

export function useMyVan() {
  return useQuery({
    queryKey: ["stock", "van", "me"],
    queryFn: ({ signal }) => api.get<VanStock>("/stock/van", undefined, signal),
  });
}
