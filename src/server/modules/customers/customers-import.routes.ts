import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { registerImportRoute } from "../../platform/import/import-route.js";
import { customerImport } from "./use-cases/import-customers.js";

export function registerCustomerImportRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerImportRoute(app, s, {
    path: "/api/v1/customers/import",
    tags: ["Customers"],
    summary:
      "Import customers from an .xlsx or .csv (columns name, kind, email, phone, tier): a dry run by default, ?apply=true writes",
    spec: (actor) => customerImport(s, actor),
  });
}
