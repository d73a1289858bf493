export { complaintsModule } from "./complaints.module.js";
export { dayStartIn } from "./day-start.js";
export { setUserLimit, updateComplaintSettings } from "./use-cases/complaint-settings.js";
// For modules that open complaints from their own work (a callback whose customer complains).
export { raiseComplaint } from "./use-cases/raise-complaint.js";
