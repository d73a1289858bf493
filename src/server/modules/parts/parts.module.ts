import { defineModule } from "../../platform/module.js";
import { lowStockMailJob } from "./low-stock-mail.js";
import { isolationFixtures } from "./parts.isolation.js";
import { registerPartsRoutes } from "./parts.routes.js";
import { registerPartImportRoutes } from "./parts-import.routes.js";

export const partsModule = defineModule({
  name: "parts",
  isolationFixtures,
  routes: (app, s) => {
    registerPartImportRoutes(app, s);
    registerPartsRoutes(app, s);
  },
  jobs: [lowStockMailJob],
});
