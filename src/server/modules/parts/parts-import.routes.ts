import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { registerImportRoute } from "../../platform/import/import-route.js";
import { partImport } from "./use-cases/import-parts.js";

// Registered before the parts' own routes, so "import" is never read as a part number.
export function registerPartImportRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerImportRoute(app, s, {
    path: "/api/v1/parts/import",
    tags: ["Spare parts"],
    access: ["admin", "supervisor"],
    summary:
      "Import the parts catalogue from an .xlsx or .csv (columns partNo, name, nameEn, price, unit, compatibleSkus, substitutes): a dry run by default, ?apply=true writes",
    spec: (actor) => partImport(s, actor),
  });
}
