export { DEFAULT_LOYALTY_SETTINGS } from "./default-settings.js";
export { eraseLoyaltyData } from "./erase-loyalty-data.js";
export { exportLoyaltyData } from "./export-loyalty-data.js";
export { loyaltyModule } from "./loyalty.module.js";
export { LOYALTY_PURCHASE_RECORDED } from "./loyalty-events.js";
export { saveCareProfileOf } from "./use-cases/my-account.js";
export { recordPurchase, replaceLoyaltySettings } from "./use-cases/staff-actions.js";
