export { provideCertificationMode } from "./certification-policy.js";
export { fieldModule } from "./field.module.js";
export type { VisitRow } from "./field.repository.js";
export { eraseVisitData, visitPhotoKeysInUse } from "./personal-data/erase-visit-data.js";
export { exportVisitData } from "./personal-data/export-visit-data.js";
// For analytics' alert rules: who answers for a province.
export { regionManagers } from "./region-managers.js";
export { provideSlotPlanCheck, type SlotPlanCheck } from "./slot-plan-check.js";
export type { Slot } from "./slots.js";
export { localMidnight } from "./slots.js";
export { type LatLng, provideTravelMinutes } from "./travel-estimate.js";
export { applyVisitPlan } from "./use-cases/apply-visit-plan.js";
export { assignVisit } from "./use-cases/book-visit.js";
export { tenantToday } from "./use-cases/certifications.js";
// For the knowledge module: a published SOP for a visit kind is that kind's checklist template.
export { putChecklistTemplate } from "./use-cases/checklists.js";
export { putCoverage } from "./use-cases/coverage.js";
export { createVisit } from "./use-cases/create-visit.js";
export { type DispatchDay, nodeVisible, readDispatchDay, readRounds } from "./use-cases/dispatch-day.js";
export { attachStaff, createNode, putTechnician, readTechnicians } from "./use-cases/manage-network.js";
export {
  certifiedSkills,
  issueCertification,
  listStaffCertifications,
  revokeCertification,
  validCertificationsOf,
} from "./use-cases/staff-certifications.js";
export { technicianDayLoad } from "./use-cases/technician-day-load.js";
