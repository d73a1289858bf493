import { z } from "@hono/zod-openapi";

// An ISO 8601 timestamp as the API writes it (UTC, from Date.toISOString()).
export const isoDateTime = () => z.string().openapi({ format: "date-time" });
