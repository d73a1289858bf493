import { z } from "zod";

const VOC_ALERT_KINDS = ["complaint_spike", "negative_sentiment", "watch_word"] as const;

export const ZVocAlert = z.object({
  id: z.string(),
  kind: z.enum(VOC_ALERT_KINDS),
  // complaint_spike: product / outlet / fault and its name; otherwise null.
  dimension: z.string().nullable(),
  label: z.string(),
  /** a product spike: the product's English name (readers in English see it); otherwise null */
  labelEn: z.string().nullable(),
  // complaint_spike: {day, count, median, z}; messages: {score, terms: [{term, category}], excerpt, source}.
  details: z.record(z.string(), z.unknown()),
  tickets: z.array(z.object({ id: z.string(), number: z.string(), subject: z.string(), status: z.string() })),
  status: z.enum(["open", "acknowledged"]),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type VocAlert = z.infer<typeof ZVocAlert>;
