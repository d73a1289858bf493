import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { deliverWebhookJob } from "./use-cases/deliver-webhook.js";
import { onTicketChanged } from "./use-cases/enqueue-deliveries.js";
import { isolationFixtures } from "./webhooks.isolation.js";
import { registerWebhookRoutes } from "./webhooks.routes.js";

export const webhooksModule = defineModule({
  name: "webhooks",
  isolationFixtures,
  routes: registerWebhookRoutes,
  jobs: [deliverWebhookJob],
  // Last in MODULES: it only reads the change, after every other module has reacted to it.
  subscribers: [subscribe(TICKET_CHANGED, onTicketChanged)],
});
