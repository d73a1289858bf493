import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./training.isolation.js";
import { registerTrainingRoutes } from "./training.routes.js";

// People: training programmes and progress, exams (question bank, random timed papers, grading,
// statistics), certification by exam (issued through the field module, which keeps every staff
// member's certifications and whose policy routing and dispatch follow), and skill contests.
export const trainingModule = defineModule({
  name: "training",
  isolationFixtures,
  routes: (app, s) => registerTrainingRoutes(app, s),
});
