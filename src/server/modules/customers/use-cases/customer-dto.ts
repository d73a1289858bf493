import type { CustomerRow } from "../customers.repository.js";

export function toCustomerDto(c: CustomerRow) {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    email: c.email,
    phone: c.phone,
    tier: c.tier,
    outletId: c.outletId,
    preferredChannel: c.preferredChannel,
    locale: c.locale,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    erasedAt: c.erasedAt?.toISOString() ?? null,
  };
}
