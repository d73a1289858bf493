import { defineModule, subscribe } from "../../platform/module.js";
import { provideCertificationMode } from "../field/index.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./assignment.isolation.js";
import { getSettings } from "./assignment.repository.js";
import { registerAssignmentRoutes } from "./assignment.routes.js";
import { onTicketChanged } from "./use-cases/on-ticket-changed.js";
import { presenceSweepJob } from "./use-cases/sweep-presence.js";

// Who gets a ticket: routing settings, automatic assignment and the queue drain, first-contact
// ownership, the load board; setting presence and its timeout sweep (both may move the queue).
export const assignmentModule = defineModule({
  name: "assignment",
  routes: (app, s) => {
    // Field's visit eligibility and dispatch follow the same certification policy (field cannot
    // import assignment, so the reader is provided here when the modules are wired).
    provideCertificationMode(async (db, tenantId) => (await getSettings(db, tenantId)).certification);
    registerAssignmentRoutes(app, s);
  },
  jobs: [presenceSweepJob],
  // After SLA (earlier in MODULES), so SLA has seen a ticket's creation before routing's own
  // changes to it. Runs the triggers first (triggers module), then routes.
  subscribers: [subscribe(TICKET_CHANGED, onTicketChanged)],
  isolationFixtures,
});
