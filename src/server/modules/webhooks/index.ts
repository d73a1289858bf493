export { webhooksModule } from "./webhooks.module.js";
export { scrubDeliveries } from "./webhooks-personal-data.js";
