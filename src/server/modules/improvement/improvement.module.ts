import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./improvement.isolation.js";
import { registerImprovementRoutes } from "./improvement.routes.js";
import { registerKanoPageRoutes } from "./kano-page.routes.js";

// Continuous improvement (seed 001 §2.2, §6.2): the evidence-linked backlog on a weighted matrix,
// KANO questionnaires and classification, PDCA cycles whose check reads the analytics KPIs
// (provided by analytics, which sits on top), the quarterly plan and the benchmark.
export const improvementModule = defineModule({
  name: "improvement",
  isolationFixtures,
  routes: (app, s) => {
    registerImprovementRoutes(app, s);
    registerKanoPageRoutes(app, s);
  },
});
