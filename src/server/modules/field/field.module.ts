import { defineModule } from "../../platform/module.js";
import { registerChecklistRoutes } from "./checklist.routes.js";
import { isolationFixtures } from "./field.isolation.js";
import { registerFieldRoutes } from "./field.routes.js";
import { registerRemoteDiagnosisRoutes } from "./remote-diagnosis.routes.js";
import { reportMailJob } from "./report-mail.js";
import { certificationMailJob, remindExpiringCertifications } from "./use-cases/certification-reminders.js";
import { remindTomorrowsVisits } from "./use-cases/visit-notices.js";
import { registerVisitPhotoRoutes } from "./visit-photo.routes.js";

export const fieldModule = defineModule({
  name: "field",
  isolationFixtures,
  routes: (app, s) => {
    registerFieldRoutes(app, s);
    registerChecklistRoutes(app, s);
    registerVisitPhotoRoutes(app, s);
    registerRemoteDiagnosisRoutes(app, s);
  },
  jobs: [reportMailJob, certificationMailJob],
  schedules: [
    { name: "field.certification_reminders", spec: "41 1 * * *", run: remindExpiringCertifications },
    // Hourly, so each tenant's "tomorrow" is reached soon after its own midnight.
    { name: "field.visit_reminders", spec: "23 * * * *", run: remindTomorrowsVisits },
  ],
});
