import type { UnitRegistration } from "../../../shared/api/registrations.js";
import type { RegistrationWithNames } from "./registrations.repository.js";

// Staff see who claims and whether the serial was someone else's; the claimant never learns that.
export function toRegistrationDto(r: RegistrationWithNames, forStaff: boolean): UnitRegistration {
  return {
    id: r.id,
    serial: r.serial,
    productSku: r.productSku,
    productName: r.productName,
    productNameEn: r.productNameEn,
    purchasedAt: r.purchasedAt,
    status: r.status as UnitRegistration["status"],
    rejectReason: r.rejectReason,
    invoice: { name: r.invoiceName, contentType: r.invoiceType, size: r.invoiceSize },
    createdAt: r.createdAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    ...(forStaff
      ? { customerId: r.customerId, customerName: r.customerName, conflict: r.conflictCustomerId !== null }
      : {}),
  };
}
