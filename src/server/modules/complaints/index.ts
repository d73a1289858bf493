// A customer's data export and erasure (privacy module).
export { eraseComplaintData, exportComplaintData } from "./complaint-personal-data.js";
export { complaintsModule } from "./complaints.module.js";
// For the improvement backlog: a complaint named as an item's evidence.
export { findComplaint, findComplaintOfTicket } from "./complaints.repository.js";
export { dayStartIn } from "./day-start.js";
export { setUserLimit, updateComplaintSettings } from "./use-cases/complaint-settings.js";
// For modules that open complaints from their own work (a callback whose customer complains).
export { raiseComplaint } from "./use-cases/raise-complaint.js";
