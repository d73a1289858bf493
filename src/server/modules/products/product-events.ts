import { defineDomainEvent } from "../../platform/events.js";

// A product update was recorded (heard inside the recording transaction): surveys with the
// "product_update" trigger plan their round for the owners of the updated units.
export type ProductUpdateReleased = {
  tenantId: string;
  updateId: string;
  // One of the two: the model, or the product line (products' category).
  productId: string | null;
  productLine: string | null;
  // The tenant's calendar day of the release.
  releasedOn: string;
};

export const PRODUCT_UPDATE_RELEASED = defineDomainEvent<ProductUpdateReleased>("products.update_released");

// A unit was registered or its purchase date changed (heard inside the writing transaction):
// analytics refreshes the owner's purchase days for the customer KPIs.
export type UnitBought = { tenantId: string; customerId: string };

export const UNIT_BOUGHT = defineDomainEvent<UnitBought>("products.unit_bought");
