import { z } from "zod";

// The 三包 (repair / exchange / return) entitlement: the body of POST /api/v1/warranty/evaluate, the
// engine's answer and the vocabulary both share. Pure data and zod only, so the server, the web app
// and the explanation catalogue (warranty-explain.ts) all read the same definitions.
// Rules and their sources: ../shared/data/sanbao/rules.md, summarised in docs/warranty.md.

/** Rule families: 《部分商品修理更换退货责任规定》 (1995), 家用汽车 (SAMR Order 43, 2021), 消费者权益保护法 fallback. */
export const WARRANTY_RULES = ["partial_goods_1995", "car_2021", "consumer_law"] as const;
export type WarrantyRule = (typeof WARRANTY_RULES)[number];

/** The built-in categories (a tenant may add its own codes, same shape). */
export const BUILTIN_CATEGORIES = [
  "bicycle",
  "color_tv",
  "bw_tv",
  "vcr",
  "plasma_tv",
  "lcd_tv",
  "refrigerator",
  "washer",
  "air_conditioner",
  "microwave",
  "mobile_phone",
  "pc",
  "household_car",
] as const;

export const SALE_CHANNELS = ["offline", "online", "tv", "phone", "mail"] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];
/** 消法 Art. 25: the distance-sale channels that carry the seven-day no-reason return. */
export const DISTANCE_CHANNELS: readonly SaleChannel[] = ["online", "tv", "phone", "mail"];

export const FAULT_KINDS = ["performance_fault", "quality_problem", "none"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
const FAULT_PARTS = ["whole", "major"] as const;
export type FaultPart = (typeof FAULT_PARTS)[number];
export const DAMAGE_CAUSES = [
  "quality",
  "misuse",
  "unauthorised_disassembly",
  "force_majeure",
  "disclosed_defect",
  "prohibited_modification",
  "self_handling",
] as const;
export type DamageCause = (typeof DAMAGE_CAUSES)[number];
export const CAR_FAULT_FLAGS = [
  "steering_fail",
  "brake_fail",
  "body_crack",
  "fuel_leak",
  "battery_fire",
  "serious_safety",
  "assembly_major_part",
] as const;
export type CarFaultFlag = (typeof CAR_FAULT_FLAGS)[number];
export const DELAY_CAUSES = ["producer_parts", "repairer", "other"] as const;
/** Car Art. 20/24: the four assemblies; any other `replaced` value names a major part. */
export const CAR_ASSEMBLIES = ["engine", "gearbox", "traction_battery", "drive_motor"] as const;
export const ITEM_FLAGS = [
  "custom_made",
  "perishable",
  "opened_digital",
  "periodical",
  "confirmed_not_returnable",
] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

export const REMEDIES = [
  "return",
  "exchange",
  "repair",
  "paid_repair",
  "no_reason_return",
  "assembly_replacement",
  "loaner",
] as const;
export type Remedy = (typeof REMEDIES)[number];

/** Why no 三包 remedy applies: the damage causes other than `quality`, missing documents, or the period is over. */
const EXCLUSION_REASONS = [
  "misuse",
  "unauthorised_disassembly",
  "force_majeure",
  "disclosed_defect",
  "prohibited_modification",
  "self_handling",
  "missing_documents",
  "period_expired",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const SHIPPING_PAYERS = ["business", "repairer", "consumer"] as const;
export type ShippingPayer = (typeof SHIPPING_PAYERS)[number];

/** The instruments an article can come from; names in both languages live in warranty-explain.ts. */
const INSTRUMENTS = [
  "partial_goods_1995",
  "flat_tv_2011",
  "car_2021",
  "consumer_law",
  "civil_code",
  "tenant_promise",
  "extended_plan",
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** How sure rules.md is of a figure: A full text read, B third-party copies agree, C unconfirmed (kept configurable). */
export const CONFIDENCES = ["A", "B", "C"] as const;

/** One article: `article` is null when the source names the rule but its number is unconfirmed. */
export const ZArticleRef = z.object({
  instrument: z.enum(INSTRUMENTS),
  article: z.number().int().nullable(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  confidence: z.enum(CONFIDENCES),
  /** Which clause, when its number is unconfirmed: the 1995 free-repair clause or exclusion list. */
  clause: z.enum(["free_repair", "exclusions"]).optional(),
  /** For tenant promises and extended plans: the plan's or promise's name. */
  name: z.string().optional(),
});
export type ArticleRef = z.infer<typeof ZArticleRef>;

// ----------------------------------------------------------------------------------------------
// Input

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function realDate(value: string): boolean {
  const d = value.slice(0, 10);
  const parsed = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d);
}

/** Milliseconds of a date and time; without a zone it is read as written (UTC), as the engine does. */
export function momentMs(value: string): number {
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
}

/** A calendar date "YYYY-MM-DD". */
export const zCalendarDate = z
  .string()
  .regex(DATE_RE, { message: "request.invalid_date", abort: true })
  .refine(realDate, "request.invalid_date");

/** A repair's start or end: a date, or a date and time when the hours matter (car Art. 40 counts them). */
const zDateOrDateTime = z
  .string()
  .refine((v) => DATE_RE.test(v) || DATE_TIME_RE.test(v), { message: "warranty.invalid_moment", abort: true })
  .refine((v) => realDate(v) && (v.length === 10 || !Number.isNaN(momentMs(v))), "warranty.invalid_moment");

/** A category code: built-in or the tenant's own. */
export const zCategoryCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, "warranty.invalid_category_code");

const ZRepairRecord = z
  .object({
    start: zDateOrDateTime,
    end: zDateOrDateTime.nullable(),
    problem: z.string().trim().min(1).max(200).optional(),
    waitingPartsDays: z.number().int().min(0).max(3650).optional(),
    delayCause: z.enum(DELAY_CAUSES).optional(),
    replaced: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type RepairRecord = z.infer<typeof ZRepairRecord>;

/** The facts of a unit and its fault. Without `unitSerial`, invoiceDate and channel are required. */
export const ZEvaluateEntitlement = z
  .object({
    unitSerial: z.string().trim().min(1).max(100).optional(),
    rule: z.enum(WARRANTY_RULES).optional(),
    category: zCategoryCode.optional(),
    invoiceDate: zCalendarDate.optional(),
    deliveryDate: zCalendarDate.optional(),
    receivedDate: zCalendarDate.optional(),
    channel: z.enum(SALE_CHANNELS).optional(),
    requestDate: zCalendarDate,
    fault: z
      .object({
        kind: z.enum(FAULT_KINDS),
        part: z.enum(FAULT_PARTS).optional(),
        cause: z.enum(DAMAGE_CAUSES).optional(),
        flags: z.array(z.enum(CAR_FAULT_FLAGS)).max(CAR_FAULT_FLAGS.length).optional(),
      })
      .strict(),
    repairs: z.array(ZRepairRecord).max(200).optional(),
    stillFaulty: z.boolean().optional(),
    evidence: z
      .object({ invoice: z.boolean().optional(), voucher: z.boolean().optional() })
      .strict()
      .optional(),
    exchangedOn: zCalendarDate.optional(),
    sellerHasSameModel: z.boolean().optional(),
    mileageKm: z.number().int().min(0).max(10_000_000).optional(),
    itemFlags: z.array(z.enum(ITEM_FLAGS)).max(ITEM_FLAGS.length).optional(),
    itemIntact: z.boolean().optional(),
  })
  .strict()
  // Runs even when other fields are wrong, so one answer names every wrong field: read defensively.
  .superRefine((body, ctx) => crossFieldIssues(body as Loose, ctx), { when: (p) => isRecord(p.value) });

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const dateText = (v: unknown) => (typeof v === "string" && DATE_RE.test(v) ? v : null);

/** A date alone stands for the whole day, so only a different day can be earlier than a moment. */
function endsBeforeStart(start: string, end: string): boolean {
  if (start.length === 10 || end.length === 10) return end.slice(0, 10) < start.slice(0, 10);
  return momentMs(end) < momentMs(start);
}

function crossFieldIssues(body: Loose, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  if (!body.unitSerial) {
    if (body.invoiceDate === undefined) issue(["invoiceDate"], "warranty.field_required_without_unit");
    if (body.channel === undefined) issue(["channel"], "warranty.field_required_without_unit");
  }
  const request = dateText(body.requestDate);
  if (!request) return;
  for (const key of ["invoiceDate", "deliveryDate", "receivedDate", "exchangedOn"]) {
    const value = dateText(body[key]);
    if (value && value > request) issue([key], "warranty.date_after_request");
  }
  if (!Array.isArray(body.repairs)) return;
  let open = 0;
  body.repairs.forEach((r: unknown, i) => {
    if (!isRecord(r) || typeof r.start !== "string") return;
    if (r.start.slice(0, 10) > request) issue(["repairs", i, "start"], "warranty.date_after_request");
    if (r.end === null) {
      open += 1;
      if (open > 1) issue(["repairs", i, "end"], "warranty.one_open_repair");
    } else if (typeof r.end === "string" && endsBeforeStart(r.start, r.end))
      issue(["repairs", i, "end"], "warranty.repair_ends_before_start");
    else if (typeof r.end === "string" && r.end.slice(0, 10) > request)
      issue(["repairs", i, "end"], "warranty.date_after_request");
  });
}
export type EvaluateEntitlementBody = z.infer<typeof ZEvaluateEntitlement>;

// ----------------------------------------------------------------------------------------------
// Output

const ZEntitlementRemedy = z.object({
  remedy: z.enum(REMEDIES),
  /** The article that grants it, in Chinese as cited, e.g. "部分商品三包规定 第九条". */
  basis: z.string(),
  /** The same article, structured (the explanation names it in either language). */
  ref: ZArticleRef,
  /** No charge to the customer for parts, labour or the exchange itself (a usage fee or depreciation makes it false). */
  free: z.boolean(),
  /** The last day the customer may ask for it (inclusive), when the rule has one. */
  deadline: z.string().optional(),
  /** The date from which it is owed (the loaner: day 6 of a repair). */
  availableFrom: z.string().optional(),
  shippingPaidBy: z.enum(SHIPPING_PAYERS).optional(),
  /** Car Art. 27: fee = price × km / 1000 × coefficient; `shareOfPrice` is that fraction of the price. */
  usageFee: z.object({ coefficient: z.number(), mileageKm: z.number(), shareOfPrice: z.number() }).optional(),
  /** 1995 Art. 13: fraction of the invoice price per day of use, and the days counted so far. */
  depreciationPerDay: z.number().optional(),
  depreciationDays: z.number().int().optional(),
  /** Who bears the cost when it is not the seller (1995 Art. 12 ¶2: the repairer). */
  costBorneBy: z.enum(["seller", "repairer", "producer"]).optional(),
  /** The business must refund within this many days of receiving the goods back (消法 Art. 25). */
  refundWithinDays: z.number().int().optional(),
  /** The business must answer / complete by these dates (car Art. 28, working days). */
  answerBy: z.string().optional(),
  completeBy: z.string().optional(),
  /** Only if a further condition holds, e.g. the statutory conditions to terminate the contract (消法 Art. 24). */
  condition: z.enum(["statutory_termination", "other_model_accepted", "no_lower_configuration"]).optional(),
});
export type EntitlementRemedy = z.infer<typeof ZEntitlementRemedy>;

export const NOTICES = [
  "burden_of_proof_on_business",
  "period_extended_by_repairs",
  "period_restarted_by_exchange",
  "period_started_at_installation",
  "period_started_at_delivery",
  "period_rolled_past_holiday",
  "no_reason_return_excluded_item",
  "no_reason_return_not_intact",
  "no_reason_return_expired",
  "loaner_from_day_six",
  "documents_missing_review",
  "promise_longer_than_law",
  "extended_plan_applies",
  "mileage_limit_reached",
  "fallback_consumer_law",
  "car_exchange_costs_refunded",
  "repair_guaranteed_thirty_days",
] as const;
export type NoticeCode = (typeof NOTICES)[number];
const ZEntitlementNotice = z.object({
  code: z.enum(NOTICES),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type EntitlementNotice = z.infer<typeof ZEntitlementNotice>;

export const ZEntitlement = z.object({
  rule: z.enum(WARRANTY_RULES),
  category: z.string().nullable(),
  period: z.object({
    start: z.string(),
    startBasis: z.enum(["invoice", "delivery", "installation", "exchange", "receipt"]),
    /** Last day (inclusive) of the whole-unit 三包 period; for cars the 三包有效期 (exchange/return). */
    wholeUnitEndsAt: z.string(),
    /** Last day (inclusive) for the main components (1995 catalogue). */
    majorPartsEndsAt: z.string().optional(),
    /** Cars: last day of the 包修期 (free repair). */
    repairEndsAt: z.string().optional(),
    /** Cars: the mileage limits of the 三包有效期 and 包修期. */
    mileageLimitKm: z.object({ sanbao: z.number(), repair: z.number() }).optional(),
    /** Days added for time in repair and waiting for parts (1995 Art. 8). */
    extendedDays: z.number().int(),
    /** An extended warranty plan's last day, when one covers the unit. */
    planEndsAt: z.string().optional(),
  }),
  remedies: z.array(ZEntitlementRemedy),
  exclusion: z
    .object({
      reason: z.enum(EXCLUSION_REASONS),
      basis: z.string(),
      ref: ZArticleRef,
      /** Missing documents: the rules' interpretation asks to serve a consumer who can otherwise prove eligibility. */
      reviewable: z.boolean().optional(),
    })
    .nullable(),
  /** Further facts the "why" panel explains (burden of proof, extensions, why a remedy is absent). */
  notices: z.array(ZEntitlementNotice),
});
export type Entitlement = z.infer<typeof ZEntitlement>;
