export {
  addBusinessMinutes,
  type CalendarSpec,
  compileCalendar,
  elapsedBusinessMinutes,
} from "./calendar.js";
export { seedSlaDefaults } from "./seed.js";
export { slaModule } from "./sla.module.js";
