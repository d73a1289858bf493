import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./complaints.isolation.js";
import { registerComplaintRoutes } from "./complaints.routes.js";
import { escalateMajorJob } from "./escalate-major.js";
import { onTicketChanged } from "./use-cases/attach-record.js";

export const complaintsModule = defineModule({
  name: "complaints",
  isolationFixtures,
  routes: registerComplaintRoutes,
  jobs: [escalateMajorJob],
  subscribers: [subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketChanged(tx, change))],
});
