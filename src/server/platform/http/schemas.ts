import { z } from "@hono/zod-openapi";

const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi("Error");

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ZErrorBody } },
});

// The error answers every guarded route can give, so the OpenAPI document lists them.
export const commonErrors = {
  400: errorResponse("Invalid input; details lists each field"),
  401: errorResponse("Not signed in"),
  403: errorResponse("Role not allowed"),
  404: errorResponse("Not found (also for other tenants' or customers' objects)"),
  422: errorResponse("Not allowed in the current state"),
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});

export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZIdParam = z.object({ id: z.string().min(1).max(100) });

export const isoDateTime = () => z.string().openapi({ format: "date-time" });
