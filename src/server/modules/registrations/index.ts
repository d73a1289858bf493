export { eraseTransferOffers } from "./erase-transfer-offers.js";
export { registrationsModule } from "./registrations.module.js";
