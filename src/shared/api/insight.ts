import { z } from "zod";
import { CUSTOMER_SEGMENTS, type CustomerSegment } from "../customer-segments.js";

// Customer insight (Analytics II): churn risk per customer with the points of each factor, and
// named customer segments with the rules that put a customer in them.

const CHURN_FACTORS = [
  "recency",
  "complaints",
  "low_survey",
  "repeat_repairs",
  "warranty_end",
  "tier",
] as const;
export const CHURN_LEVELS = ["low", "medium", "high"] as const;
export type ChurnLevel = (typeof CHURN_LEVELS)[number];

const ZChurnFactor = z.object({
  factor: z.enum(CHURN_FACTORS),
  /** what was measured: days, a count, or the tier; null when there is nothing to measure */
  value: z.union([z.number(), z.string()]).nullable(),
  points: z.number(),
});
export type ChurnFactor = z.infer<typeof ZChurnFactor>;

const ZCustomerRef = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.string(),
  /** GB/T 2260 province code, null when the address is unknown */
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  productLines: z.array(z.string()),
});

export const ZChurnRisk = z.object({
  thresholds: z.object({ medium: z.number(), high: z.number() }),
  /** customers per level over the whole filtered population */
  counts: z.object({ low: z.number().int(), medium: z.number().int(), high: z.number().int() }),
  items: z.array(
    ZCustomerRef.extend({ score: z.number(), level: z.enum(CHURN_LEVELS), factors: z.array(ZChurnFactor) }),
  ),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  productLines: z.array(z.string()),
});
export type ChurnRisk = z.infer<typeof ZChurnRisk>;

export { CUSTOMER_SEGMENTS, type CustomerSegment };

const ZSegmentMember = ZCustomerRef.extend({
  segment: z.enum(CUSTOMER_SEGMENTS),
  value: z.enum(["high", "regular"]),
  units: z.number().int(),
  contacts: z.number().int(),
  channels: z.array(z.string()),
  satisfaction: z.enum(["satisfied", "dissatisfied", "unknown"]),
  phone: z.string().nullable(),
});
export type SegmentMember = z.infer<typeof ZSegmentMember>;

export const ZSegments = z.object({
  counts: z.array(z.object({ segment: z.enum(CUSTOMER_SEGMENTS), customers: z.number().int() })),
  items: z.array(ZSegmentMember),
});
export type Segments = z.infer<typeof ZSegments>;

// GET /analytics/text: keywords, phrases, groups of similar problems with their trend and
// sentiment, and customer journeys (contacts and channels before a fix).
const ZCount = z.object({ term: z.string(), count: z.number().int() });
export const ZTextInsight = z.object({
  from: z.string(),
  to: z.string(),
  documents: z.object({ tickets: z.number().int(), surveyComments: z.number().int() }),
  keywords: z.array(ZCount.extend({ code: z.boolean() })),
  phrases: z.array(ZCount),
  clusters: z.array(
    z.object({
      label: z.array(z.string()),
      size: z.number().int(),
      /** mean lexicon sentiment in [-1, 1] */
      sentiment: z.number(),
      negativeShare: z.number(),
      byWeek: z.array(z.object({ week: z.string(), count: z.number().int() })),
      bySeason: z.object({
        spring: z.number().int(),
        summer: z.number().int(),
        autumn: z.number().int(),
        winter: z.number().int(),
      }),
      examples: z.array(z.object({ id: z.string(), number: z.string(), subject: z.string() })),
    }),
  ),
  sentiment: z.object({ mean: z.number(), negativeShare: z.number() }),
  journeys: z.object({
    resolvedTickets: z.number().int(),
    meanContacts: z.number(),
    contacts: z.object({ one: z.number().int(), two: z.number().int(), threeOrMore: z.number().int() }),
    paths: z.array(z.object({ channels: z.array(z.string()), tickets: z.number().int() })),
  }),
});
export type TextInsight = z.infer<typeof ZTextInsight>;

// GET /analytics/parts-demand: weekly consumption forecast per part and stock site (Croston/SBA),
// its backtest beside naive, and a reorder quantity beside the parts module's purchase suggestion.
export const ZPartsDemand = z.object({
  weeks: z.number().int(),
  leadWeeks: z.number().int(),
  /** Monday of the first week forecast (this week, in the tenant's calendar) */
  firstWeek: z.string(),
  /** how many weeks ahead the forecast is read (its backtest's horizon) */
  aheadWeeks: z.number().int(),
  items: z.array(
    z.object({
      partId: z.string(),
      partNo: z.string(),
      partName: z.string(),
      partNameEn: z.string().nullable(),
      siteId: z.string(),
      siteCode: z.string(),
      siteName: z.string(),
      /** the last 12 weeks of consumption, oldest first */
      recent: z.array(z.number().int()),
      forecast: z.object({ mean: z.number(), lo80: z.number(), hi80: z.number() }),
      backtest: z
        .object({
          folds: z.number().int(),
          mase: z.number(),
          baselineMase: z.number(),
          coverage80: z.number(),
          /** how often the actual fell inside naive's own 80 % interval (last week ± its past changes) */
          baselineCoverage80: z.number(),
        })
        .nullable(),
      available: z.number().int(),
      reorderPoint: z.number().int().nullable(),
      /** what parts' purchase suggestion asks for (reorder point − available + back-orders − inbound) */
      partsSuggestion: z.number().int(),
      /** enough for the lead time and a week's review at the forecast's 80 % high */
      forecastSuggestion: z.number().int(),
    }),
  ),
});
export type PartsDemand = z.infer<typeof ZPartsDemand>;
