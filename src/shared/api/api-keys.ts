import { z } from "@hono/zod-openapi";
import { isoDateTime } from "./iso-date-time.js";

// API keys as the API answers and takes them: the server's route schemas and the web app's types
// (imported as types only).

// `read` keys may only call GET routes.
const API_KEY_SCOPES = ["full", "read"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const ZApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(API_KEY_SCOPES),
    createdAt: isoDateTime(),
    lastUsedAt: isoDateTime().nullable(),
    token: z.string().optional(),
  })
  .openapi("ApiKey");
export type ApiKey = z.infer<typeof ZApiKey>;

export const ZCreateApiKey = z
  .object({ name: z.string().trim().min(1).max(100), scope: z.enum(API_KEY_SCOPES).default("full") })
  .strict();
export type ApiKeyInput = z.input<typeof ZCreateApiKey>;
