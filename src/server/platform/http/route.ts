import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Role } from "../../../shared/roles.js";
import { AppError } from "../errors.js";
import type { Actor, AppEnv } from "./actor.js";

// Every route says who may call it: "public"; "signed_in", anyone who takes part in service
// (staff, dealers, customers: each then sees what the visibility rule gives them); "account",
// every signed-in user including auditors (their own account and session only); or a list of roles.
// An auditor passes only "account" routes and lists that name them: never a route that reads
// tickets or customers through the visibility rule, never a write.
type Access = "public" | "signed_in" | "account" | readonly Role[];

function accessAllows(access: Exclude<Access, "public">, role: Role): boolean {
  if (access === "account") return true;
  if (access === "signed_in") return role !== "auditor";
  return access.includes(role);
}

function accessGuard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access !== "public") {
      const actor = c.get("actor");
      if (!actor) throw new AppError("auth.required");
      if (!accessAllows(access, actor.role)) throw new AppError("auth.forbidden");
    }
    await next();
  };
}

export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError("auth.required");
  return actor;
}

type GuardedConfig = RouteConfig & { access: Access };

// createRoute plus the access guard; the declared access is also published in the OpenAPI
// document (x-access) so the isolation tests can enumerate every route and who may call it.
export function defineRoute<R extends GuardedConfig>(config: R) {
  const { access, ...rest } = config;
  const guard = accessGuard(access);
  const existing = rest.middleware
    ? Array.isArray(rest.middleware)
      ? rest.middleware
      : [rest.middleware]
    : [];
  return createRoute({
    ...rest,
    middleware: [guard, ...existing] as MiddlewareHandler[],
    security: access === "public" ? [] : [{ bearerAuth: [] }],
    "x-access": typeof access === "string" ? access : [...access],
  } as Omit<R, "access">);
}

// The signed-in actor of a guarded route's handler.
export const actorOf = (c: { get(key: "actor"): Actor | undefined }): Actor => requireActor(c.get("actor"));
