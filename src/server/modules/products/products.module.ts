import { defineModule } from "../../platform/module.js";
import { registerProductRoutes } from "./products.routes.js";

export const productsModule = defineModule({ name: "products", routes: registerProductRoutes });
