import { z } from "@hono/zod-openapi";
import { CALLBACK_ATTEMPT_OUTCOMES, CALLBACK_RESULTS } from "../../../shared/api/callbacks.js";

export const ZIdParam = z.object({ id: z.string().min(1).max(64) });

export const ZCallbackQuery = z.object({
  status: z.enum(["open", "done"]).optional(),
  // "now": only callbacks due at this moment (the caller's worklist); otherwise every open one.
  due: z.enum(["now"]).optional(),
  ticket: z.string().min(1).max(64).optional(),
});

export const ZNewAttempt = z
  .object({ outcome: z.enum(CALLBACK_ATTEMPT_OUTCOMES), note: z.string().trim().max(2000).optional() })
  .strict();

export const ZNewResult = z
  .object({
    result: z.enum(CALLBACK_RESULTS),
    score: z.number().int().min(1).max(5).optional(),
    note: z.string().trim().max(2000).optional(),
    reason: z.string().trim().max(2000).optional(),
    complaint: z.string().trim().max(20_000).optional(),
  })
  .strict();
