import { z } from "zod";

// Continuous improvement (seed 001 §2.2, §6.2): the evidence-linked backlog on the weighted
// matrix, KANO answers and PDCA cycles. The web app imports these as types only.

const ITEM_SOURCES = ["complaint", "survey", "alert", "agent", "customer"] as const;
const ITEM_STATUSES = ["open", "in_cycle", "done", "dropped"] as const;
const EVIDENCE_KINDS = ["ticket", "complaint", "survey_response", "alert", "kpi"] as const;
const KANO_ANSWER_VALUES = ["like", "expect", "neutral", "live_with", "dislike"] as const;
const KANO_CATEGORY_VALUES = [
  "basic",
  "performance",
  "delight",
  "indifferent",
  "reverse",
  "questionable",
] as const;
const PDCA_PHASE_VALUES = ["plan", "do", "check", "act", "closed"] as const;

const ZRating = z.number().int().min(1).max(5);
const ZDay = z.iso.date();
const ZText = (max: number) => z.string().trim().min(1).max(max);

const ZRatings = z.object({
  impact: ZRating,
  cost: ZRating,
  difficulty: ZRating,
  strategicFit: ZRating,
});

export const ZWeights = z.object({
  impact: z.number().int().min(0).max(10),
  cost: z.number().int().min(0).max(10),
  difficulty: z.number().int().min(0).max(10),
  strategicFit: z.number().int().min(0).max(10),
});
export type Weights = z.infer<typeof ZWeights>;

export const ZEvidenceInput = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  // The object's id (a ticket may also be named by its number); a KPI's id for kind "kpi".
  ref: ZText(100),
  from: ZDay.optional(),
  to: ZDay.optional(),
  note: z.string().trim().max(500).optional(),
});

export const ZItemInput = ZRatings.extend({
  title: ZText(200),
  description: z.string().trim().max(4000).default(""),
  source: z.enum(["complaint", "survey", "alert", "agent"]),
  evidence: z.array(ZEvidenceInput).max(20).default([]),
});
export const ZItemPatch = ZRatings.partial().extend({
  title: ZText(200).optional(),
  description: z.string().trim().max(4000).optional(),
  status: z.enum(["open", "dropped"]).optional(),
});
export const ZSuggestionInput = z.object({
  title: ZText(200),
  description: z.string().trim().max(4000).default(""),
});

const ZKanoSummary = z.object({
  responses: z.number().int(),
  distribution: z.record(z.enum(KANO_CATEGORY_VALUES), z.number().int()),
  category: z.enum(KANO_CATEGORY_VALUES).nullable(),
  better: z.number().nullable(),
  worse: z.number().nullable(),
});

const ZBacklogItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.enum(ITEM_SOURCES),
  status: z.enum(ITEM_STATUSES),
  ratings: ZRatings,
  score: z.number(),
  rank: z.number().int(),
  kanoCategory: z.enum(KANO_CATEGORY_VALUES).nullable(),
  evidenceCount: z.number().int(),
  phase: z.enum(PDCA_PHASE_VALUES).nullable(),
  createdAt: z.string(),
});
export type BacklogItem = z.infer<typeof ZBacklogItem>;

export const ZBacklog = z.object({ weights: ZWeights, items: z.array(ZBacklogItem) });
export type Backlog = z.infer<typeof ZBacklog>;

const ZEvidence = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  ref: z.string(),
  note: z.string().nullable(),
  // What the owning module says about it now (null: it is gone, or it has no reader).
  label: z.string().nullable(),
  status: z.string().nullable(),
  // Where the evidence opens in the console (a ticket number for tickets and complaints).
  ticketNumber: z.string().nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  value: z.number().nullable(),
});
export type Evidence = z.infer<typeof ZEvidence>;

const ZCheck = z.object({
  before: z.object({ from: z.string(), to: z.string(), value: z.number().nullable() }),
  after: z.object({ from: z.string(), to: z.string(), value: z.number().nullable() }),
  days: z.number().int(),
});

const ZCycleTask = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  done: z.boolean(),
});

export const ZCycle = z.object({
  id: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
  iteration: z.number().int(),
  phase: z.enum(PDCA_PHASE_VALUES),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  kpiId: z.string(),
  kpiUnit: z.string().nullable(),
  kpiDirection: z.string().nullable(),
  targetValue: z.number(),
  dueDate: z.string(),
  quarter: z.string(),
  windowDays: z.number().int(),
  planStartedOn: z.string(),
  doEndedOn: z.string().nullable(),
  check: ZCheck.nullable(),
  // Whether the after value reached the target (null: not checked, or no value).
  targetMet: z.boolean().nullable(),
  decision: z.enum(["standardise", "iterate"]).nullable(),
  articleId: z.string().nullable(),
  nextCycleId: z.string().nullable(),
  tasks: z.array(ZCycleTask),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      actorId: z.string().nullable(),
      note: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type Cycle = z.infer<typeof ZCycle>;

export const ZItemDetail = ZBacklogItem.extend({
  evidence: z.array(ZEvidence),
  kano: ZKanoSummary,
  kanoQuestions: z.object({ functional: z.string(), dysfunctional: z.string() }).nullable(),
  // The public answer page's path ("/kano/<token>"), once a manager has opened it.
  kanoLink: z.string().nullable(),
  cycles: z.array(ZCycle),
});
export type ItemDetail = z.infer<typeof ZItemDetail>;

export const ZKanoAnswerInput = z.object({
  functional: z.enum(KANO_ANSWER_VALUES),
  dysfunctional: z.enum(KANO_ANSWER_VALUES),
});
export const ZKanoLinkInput = z.object({ functional: ZText(300), dysfunctional: ZText(300) });

export const ZCycleInput = z.object({
  ownerId: ZText(64),
  kpiId: ZText(64),
  targetValue: z.number().finite(),
  dueDate: ZDay,
  windowDays: z.number().int().min(1).max(180).default(30),
});
export const ZCyclePatch = ZCycleInput.partial();
export const ZTaskInput = z.object({ title: ZText(300), ownerId: ZText(64).optional() });
export const ZTaskPatch = z.object({ done: z.boolean() });
export const ZCycleMove = z.object({
  to: z.enum(["do", "check", "act"]),
  note: z.string().trim().max(500).optional(),
});
export const ZActInput = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("standardise"),
    // Update this SOP / article (its body gets the standard appended), or write a new one.
    articleId: ZText(64).optional(),
    title: ZText(200).optional(),
    body: ZText(20_000),
  }),
  z.object({ decision: z.literal("iterate"), note: z.string().trim().max(500).optional() }),
]);

export const ZKpiOption = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  unit: z.string(),
  direction: z.string(),
});
export type KpiOption = z.infer<typeof ZKpiOption>;

export const ZQuarterPlan = z.object({
  quarters: z.array(
    z.object({
      quarter: z.string(),
      cycles: z.array(
        ZCycle.pick({
          id: true,
          itemId: true,
          itemTitle: true,
          phase: true,
          dueDate: true,
          ownerName: true,
          kpiId: true,
          targetMet: true,
        }),
      ),
    }),
  ),
});
export type QuarterPlan = z.infer<typeof ZQuarterPlan>;

export const ZBenchmark = z.object({
  peers: z.array(
    z.object({
      name: z.object({ zh: z.string(), en: z.string() }),
      responseHours: z.number().nullable(),
      onSiteHours: z.number().nullable(),
      warranty: z.object({ zh: z.string(), en: z.string() }),
      source: z.string(),
      sourceNote: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
  ours: z.object({
    // From our SLA policies: the fastest and slowest first-response and resolution targets.
    responseHours: z.object({ min: z.number(), max: z.number() }).nullable(),
    resolutionHours: z.object({ min: z.number(), max: z.number() }).nullable(),
    policies: z.number().int(),
  }),
});
export type Benchmark = z.infer<typeof ZBenchmark>;
