export { eraseTransferOffers } from "./erase-transfer-offers.js";
export { UNIT_REGISTERED, type UnitRegistered } from "./registration-events.js";
// A customer's data export and erasure (privacy module).
export {
  eraseRegistrationData,
  exportRegistrationData,
  invoiceKeysInUse,
} from "./registration-personal-data.js";
export { registrationsModule } from "./registrations.module.js";
