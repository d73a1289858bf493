import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./field.isolation.js";
import { registerFieldRoutes } from "./field.routes.js";
import { reportMailJob } from "./report-mail.js";

export const fieldModule = defineModule({
  name: "field",
  isolationFixtures,
  routes: registerFieldRoutes,
  jobs: [reportMailJob],
});
