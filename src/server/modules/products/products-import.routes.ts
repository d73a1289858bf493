import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { registerImportRoute } from "../../platform/import/import-route.js";
import { productImport } from "./use-cases/import-products.js";
import { unitImport } from "./use-cases/import-units.js";

const tags = ["Products & units"];

// Registered before the products' and units' own routes, so "import" is never read as an id.
export function registerProductImportRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerImportRoute(app, s, {
    path: "/api/v1/products/import",
    tags,
    summary:
      "Import products from an .xlsx or .csv (columns sku, name, nameEn, category, warrantyMonths, skills): a dry run by default, ?apply=true writes",
    spec: (actor) => productImport(s, actor),
  });
  registerImportRoute(app, s, {
    path: "/api/v1/units/import",
    tags,
    summary:
      "Import units (columns serial, productSku, customerEmail or customerPhone, purchasedAt, invoiceDate, deliveryDate, saleChannel, invoicePrice): a dry run by default, ?apply=true writes",
    spec: (actor) => unitImport(s, actor),
  });
}
