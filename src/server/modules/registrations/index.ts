export { eraseTransferOffers } from "./erase-transfer-offers.js";
export { UNIT_REGISTERED, type UnitRegistered } from "./registration-events.js";
export { registrationsModule } from "./registrations.module.js";
