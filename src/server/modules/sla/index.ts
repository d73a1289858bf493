export { compileCalendar, elapsedBusinessMinutes } from "./calendar.js";
export { chinaBusinessCalendar } from "./presets.js";
export { seedSlaDefaults } from "./seed.js";
export { slaModule } from "./sla.module.js";
// For the improvement module's benchmark: our own service promises.
export { calendarExists, policiesOf } from "./sla.repository.js";
export { slaTimerJob } from "./timers.js";
export { type AddWorkingDays, workingDaysAdder } from "./use-cases/working-days.js";
