import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZVisit } from "../../../shared/api/field.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZActionKeyHeader, ZVisitPhoto } from "./field.schemas.js";
import { addVisitPhoto, readVisitPhoto } from "./use-cases/visit-photos.js";

const tags = ["Field service"];
const ZPhotoParam = ZIdParam.extend({ photoId: z.string().min(1).max(100) });

// Photos of a visit: taken on the technician's phone (queued offline like the other actions) and
// read back on the visit page by whoever may see the visit.
export function registerVisitPhotoRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/photos",
      access: ["admin", "supervisor", "agent", "technician"],
      tags,
      summary: "Add a photo taken on site (JPEG or PNG data URL; the bytes must match the type)",
      request: { params: ZIdParam, headers: ZActionKeyHeader, body: jsonBody(ZVisitPhoto) },
      responses: { 200: jsonResponse(ZVisit), 415: commonErrors[400], ...commonErrors },
    }),
    async (c) =>
      c.json(
        await addVisitPhoto(
          s,
          actorOf(c),
          c.req.valid("param").id,
          c.req.valid("json"),
          c.req.valid("header")["idempotency-key"],
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visits/{id}/photos/{photoId}",
      access: [...STAFF_ROLES, "dealer", "customer"],
      tags,
      summary: "One photo of a visit",
      request: { params: ZPhotoParam },
      responses: {
        200: {
          description: "The photo",
          content: { "image/jpeg": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const { photo, bytes } = await readVisitPhoto(s, actorOf(c), p.id, p.photoId);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": photo.contentType,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, max-age=3600",
      });
    },
  );
}
