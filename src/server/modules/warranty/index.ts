export { paidPlansTotal } from "./customer-plans.js";
export { attachPlan, legalCoverEnd } from "./use-cases/attach-plan.js";
export { evaluateUnitEntitlement } from "./use-cases/evaluate-unit-entitlement.js";
export { recordUnitRepair } from "./use-cases/record-repair.js";
export { savePlan } from "./use-cases/save-plan.js";
export { tenantRmaSla } from "./use-cases/tenant-rma-sla.js";
export { warrantyModule } from "./warranty.module.js";
export { listWarrantyPlans } from "./warranty.repository.js";
