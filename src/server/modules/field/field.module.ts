import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./field.isolation.js";
import { registerFieldRoutes } from "./field.routes.js";
import { reportMailJob } from "./report-mail.js";
import { certificationMailJob, remindExpiringCertifications } from "./use-cases/certification-reminders.js";

export const fieldModule = defineModule({
  name: "field",
  isolationFixtures,
  routes: registerFieldRoutes,
  jobs: [reportMailJob, certificationMailJob],
  schedules: [
    { name: "field.certification_reminders", spec: "41 1 * * *", run: remindExpiringCertifications },
  ],
});
