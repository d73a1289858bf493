import type { TUpdateUnitFacts } from "../products.schemas.js";

// The 三包 facts of a request as unit columns; a field left out stays as it is.
export function factColumns(input: TUpdateUnitFacts) {
  return {
    ...(input.invoiceDate !== undefined ? { invoiceDate: input.invoiceDate } : {}),
    ...(input.deliveryDate !== undefined ? { deliveryDate: input.deliveryDate } : {}),
    ...(input.saleChannel !== undefined ? { saleChannel: input.saleChannel } : {}),
    ...(input.evidence?.invoice !== undefined ? { hasInvoice: input.evidence.invoice } : {}),
    ...(input.evidence?.voucher !== undefined ? { hasVoucher: input.evidence.voucher } : {}),
    ...(input.invoicePrice !== undefined ? { invoicePrice: input.invoicePrice } : {}),
  };
}
