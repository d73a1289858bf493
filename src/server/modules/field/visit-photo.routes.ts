import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, ZIdParam } from "../../platform/http/schemas.js";
import { ZVisitPhoto } from "./field.schemas.js";
import { addVisitPhoto, readVisitPhoto } from "./use-cases/visit-photos.js";
import { registerVisitAction } from "./visit-action-route.js";

const tags = ["Field service"];
const ZPhotoParam = ZIdParam.extend({ photoId: z.string().min(1).max(100) });

// Photos of a visit: taken on the technician's phone (queued offline like the other actions) and
// read back on the visit page by whoever may see the visit.
export function registerVisitPhotoRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  registerVisitAction(app, s, {
    action: "photos",
    access: ["admin", "supervisor", "agent", "technician"],
    summary: "Add a photo taken on site (JPEG or PNG data URL; the bytes must match the type)",
    body: ZVisitPhoto,
    responses: { 415: commonErrors[400] },
    run: addVisitPhoto,
  });
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
