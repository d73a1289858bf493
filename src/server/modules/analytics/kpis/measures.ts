// The additive measures a ticket contributes to the rollups. Every KPI is a ratio or a sum of these,
// so a rollup row is just their sums and a ticket's change is a difference of two vectors.
// All integers (durations in milliseconds): sums stay exact however often they are moved.
export const MEASURES = [
  "created",
  "open",
  "firstResponseN",
  "firstResponseMs",
  "resolvedN",
  "resolutionMs",
  "doneNow",
  "closedNow",
  "reopenedN",
  "fcrN",
  "slaN",
  "slaOnTimeN",
  "escalatedN",
  "complaintN",
  // Repairs resolved at least once, and the parts they consumed (from the parts module).
  "repairN",
  "repairPartsN",
  // Tickets that waited for a back-ordered part, and how long (union of the waits, ask → fill).
  "partsWaitN",
  "partsWaitMs",
  // 回访 (callbacks module, read from the ticket's `callback` history events): the last finished
  // callback of a ticket — reached and fixed, reached, unreachable and auto-confirmed — and its score.
  "callbackN",
  "callbackReachedN",
  "callbackFixedN",
  "callbackAutoN",
  "callbackScoreN",
  "callbackScoreSum",
  // Field visits (field module, issue 19): finished visits (status done) of the ticket, the remote
  // ones, the remote ones with an outcome and those solved remotely.
  "visitN",
  "remoteVisitN",
  "remoteOutcomeN",
  "remoteSolvedN",
  // Rework: tickets with a finished on-site visit, and those with a second finished on-site visit
  // of the same kind (the technician had to go back to redo or finish the same job).
  "onsiteTicketN",
  "reworkN",
  // Repeat repair: repair tickets on a known unit, and those with another repair ticket on the same
  // unit created in the 90 days before.
  "unitRepairN",
  "repeatRepairN",
  // Cost (fen): the parts consumed at their catalogue price, and the service: finished on-site
  // visits at the tenant's cost per visit plus the time checked in on finished visits (check-in →
  // check-out, remote ones too) at its hourly rate.
  "partsCostCents",
  "serviceCostCents",
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

export const zeroMeasures = (): Measures => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Measures;

export function addMeasures(into: Measures, m: Measures, sign = 1): Measures {
  for (const k of MEASURES) into[k] += sign * m[k];
  return into;
}

export const isZero = (m: Measures): boolean => MEASURES.every((k) => m[k] === 0);

// What analytics knows about one ticket, read from the ticket row and its history.
export type TicketFact = {
  ticketId: string;
  // The creation day in the tenant's time zone, YYYY-MM-DD.
  day: string;
  priority: string;
  type: string;
  channel: string;
  agent: string;
  team: string;
  product: string;
  tier: string;
  // The unit's product model (its SKU, e.g. "AC-9K"), its product line (the product's category),
  // and the region: the province (GB/T 2260, 2 digits) of the customer's address. "" when unknown.
  model: string;
  line: string;
  region: string;
  status: string;
  createdAt: Date;
  firstRespondedAt: Date | null;
  // The first time it was resolved (from its history; the row's resolvedAt is the latest).
  firstResolvedAt: Date | null;
  slaState: string | null;
  slaBreached: boolean;
  reopens: number;
  assignees: number;
  escalationLevel: number;
  // Parts consumed for the ticket (its reservations recorded as used).
  partsConsumed: number;
  // Milliseconds it waited for back-ordered parts that arrived (overlapping waits counted once).
  partsWaitMs: number;
  // The last finished callback: "confirmed" | "reopened" | "complaint" | "auto_confirmed", or null.
  callbackOutcome: string | null;
  callbackScore: number | null;
  // Finished visits of the ticket: kind, remote outcome (remote only), milliseconds checked in.
  visits: { kind: string; remoteOutcome: string | null; onsiteMs: number }[];
  // Whether the ticket's unit had another repair ticket created in the 90 days before this one
  // (null: not a repair ticket on a known unit).
  repeatRepair: boolean | null;
  // The parts consumed for the ticket at their catalogue price, in fen.
  partsCostCents: number;
  // The tenant's cost rates when the fact was read (a change of rates re-reads every ticket).
  costRates: CostRates;
};

// What a tenant says a visit and an hour of a technician's time cost it, in fen.
export type CostRates = { perVisitCents: number; perHourCents: number };

const OPEN = new Set([
  "new",
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
]);

// The measures of one ticket: the only place that says what each counter means.
export function factMeasures(f: TicketFact): Measures {
  const m = zeroMeasures();
  m.created = 1;
  m.open = OPEN.has(f.status) ? 1 : 0;
  if (f.firstRespondedAt) {
    m.firstResponseN = 1;
    m.firstResponseMs = f.firstRespondedAt.getTime() - f.createdAt.getTime();
  }
  if (f.firstResolvedAt) {
    m.resolvedN = 1;
    m.resolutionMs = f.firstResolvedAt.getTime() - f.createdAt.getTime();
    m.reopenedN = f.reopens > 0 ? 1 : 0;
    // Resolved at first contact: never reopened or rejected, never handed to a second agent.
    m.fcrN = f.reopens === 0 && f.assignees <= 1 ? 1 : 0;
  }
  m.doneNow = f.status === "resolved" || f.status === "closed" ? 1 : 0;
  m.closedNow = f.status === "closed" ? 1 : 0;
  // An SLA outcome is known once a target was breached or the ticket is done; a running SLA has none yet.
  if (f.slaState !== null && (f.slaBreached || m.doneNow)) {
    m.slaN = 1;
    m.slaOnTimeN = f.slaBreached ? 0 : 1;
  }
  m.escalatedN = f.escalationLevel > 0 ? 1 : 0;
  m.complaintN = f.type === "complaint" ? 1 : 0;
  if (f.type === "repair" && f.firstResolvedAt) {
    m.repairN = 1;
    m.repairPartsN = f.partsConsumed;
  }
  if (f.partsWaitMs > 0) {
    m.partsWaitN = 1;
    m.partsWaitMs = f.partsWaitMs;
  }
  if (f.callbackOutcome) {
    m.callbackN = 1;
    m.callbackAutoN = f.callbackOutcome === "auto_confirmed" ? 1 : 0;
    m.callbackReachedN = 1 - m.callbackAutoN;
    m.callbackFixedN = f.callbackOutcome === "confirmed" ? 1 : 0;
  }
  if (f.callbackScore !== null) {
    m.callbackScoreN = 1;
    m.callbackScoreSum = f.callbackScore;
  }
  const onsite = new Map<string, number>();
  let serviceMs = 0;
  for (const v of f.visits) {
    m.visitN += 1;
    if (v.kind === "remote") {
      m.remoteVisitN += 1;
      if (v.remoteOutcome) m.remoteOutcomeN += 1;
      if (v.remoteOutcome === "solved_remotely") m.remoteSolvedN += 1;
    } else {
      onsite.set(v.kind, (onsite.get(v.kind) ?? 0) + 1);
      m.serviceCostCents += f.costRates.perVisitCents;
    }
    serviceMs += v.onsiteMs;
  }
  // Rounded once per ticket, so the sums stay integers.
  m.serviceCostCents += Math.round((serviceMs * f.costRates.perHourCents) / 3_600_000);
  m.onsiteTicketN = onsite.size > 0 ? 1 : 0;
  m.reworkN = [...onsite.values()].some((n) => n >= 2) ? 1 : 0;
  if (f.repeatRepair !== null) {
    m.unitRepairN = 1;
    m.repeatRepairN = f.repeatRepair ? 1 : 0;
  }
  m.partsCostCents = f.partsCostCents;
  return m;
}
