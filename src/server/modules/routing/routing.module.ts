import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./routing.isolation.js";
import { registerRoutingRoutes } from "./routing.routes.js";
import { onTicketChanged } from "./use-cases/on-ticket-changed.js";
import { presenceSweepJob } from "./use-cases/presence.js";
import { registerWorkspaceRoutes } from "./workspace.routes.js";

export const routingModule = defineModule({
  name: "routing",
  isolationFixtures,
  routes: (app: OpenAPIHono<AppEnv>, s: Services) => {
    registerRoutingRoutes(app, s);
    registerWorkspaceRoutes(app, s);
  },
  jobs: [presenceSweepJob],
  // After SLA (earlier in MODULES), so SLA has seen a ticket's creation before routing's own changes to it.
  subscribers: [subscribe(TICKET_CHANGED, onTicketChanged)],
});
