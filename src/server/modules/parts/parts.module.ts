import { defineModule } from "../../platform/module.js";
import { lowStockMailJob } from "./low-stock-mail.js";
import { isolationFixtures } from "./parts.isolation.js";
import { registerPartsRoutes } from "./parts.routes.js";

export const partsModule = defineModule({
  name: "parts",
  isolationFixtures,
  routes: registerPartsRoutes,
  jobs: [lowStockMailJob],
});
