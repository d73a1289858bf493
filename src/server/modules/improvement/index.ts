export { improvementModule } from "./improvement.module.js";
export { seedImprovementDemo } from "./improvement-demo.js";
export { type KpiReader, provideKpiReader } from "./kpi-port.js";
