import { divisionName } from "../../../../shared/divisions.js";
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
    divisionCode: c.divisionCode,
    divisionName: c.divisionCode ? divisionName(c.divisionCode) : null,
    street: c.street,
    lat: c.lat,
    lng: c.lng,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    erasedAt: c.erasedAt?.toISOString() ?? null,
  };
}
