import { z } from "@hono/zod-openapi";

// Knowledge gaps: questions no article answered, and what editors did about each.

const ZGapStatus = z.enum(["open", "addressed", "dismissed"]);
export type GapStatus = z.infer<typeof ZGapStatus>;

export const ZGapsQuery = z.object({
  status: ZGapStatus.default("open"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZGap = z
  .object({
    id: z.string(),
    question: z.string(),
    asked: z.number().int(),
    lastAskedAt: z.string(),
    /** Where it was last asked: a search (help centre, portal, API) or the assistant (chat, WeChat). */
    source: z.enum(["search", "assistant"]).nullable(),
    status: ZGapStatus,
    article: z
      .object({ id: z.string(), title: z.string(), status: z.enum(["draft", "review", "published"]) })
      .nullable(),
    addressedAt: z.string().nullable(),
    dismissedAt: z.string().nullable(),
    dismissedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  })
  .openapi("KbGap");
export type Gap = z.infer<typeof ZGap>;
