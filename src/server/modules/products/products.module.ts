import { defineModule } from "../../platform/module.js";
import { registerProductUpdateRoutes } from "./product-updates.routes.js";
import { isolationFixtures } from "./products.isolation.js";
import { registerProductRoutes } from "./products.routes.js";
import { registerProductImportRoutes } from "./products-import.routes.js";

export const productsModule = defineModule({
  name: "products",
  isolationFixtures,
  routes: (app, s) => {
    registerProductImportRoutes(app, s);
    registerProductRoutes(app, s);
    registerProductUpdateRoutes(app, s);
  },
});
