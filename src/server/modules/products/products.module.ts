import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./products.isolation.js";
import { registerProductRoutes } from "./products.routes.js";

export const productsModule = defineModule({
  name: "products",
  isolationFixtures,
  routes: registerProductRoutes,
});
