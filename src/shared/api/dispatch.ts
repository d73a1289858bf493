import { z } from "zod";

// The dispatch board's API: a node's day (technicians × rounds, unplanned visits), optimised plans
// with their before/after figures, and a planner's manual move answered live. Shared by the
// server's routes and the web app (types only). Times are ISO instants.

const ZDayFigures = z.object({
  travelKm: z.number(),
  travelMinutes: z.number(),
  placed: z.number().int(),
  windowsKept: z.number().int(),
  windowsMissed: z.number().int(),
  unplanned: z.number().int(),
  slaBreaches: z.number().int(),
  overtimeMinutes: z.number(),
});
export type DayFigures = z.infer<typeof ZDayFigures>;

const ZStop = z.object({
  visitId: z.string(),
  start: z.string(),
  end: z.string(),
  /** minutes past the window (0: on time) */
  late: z.number(),
});

const ZRound = z.object({
  technicianId: z.string(),
  stops: z.array(ZStop),
  back: z.string(),
  overtimeMinutes: z.number(),
  km: z.number(),
});
export type Round = z.infer<typeof ZRound>;

const ZBoardTechnician = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  shiftStart: z.string(),
  shiftEnd: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});

const ZBoardVisit = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  status: z.string(),
  technicianId: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  durationMinutes: z.number().int(),
  requiredSkills: z.array(z.string()),
  plannedStart: z.string().nullable(),
  /** started or done: stays where it is in any plan */
  fixed: z.boolean(),
});
export type BoardVisit = z.infer<typeof ZBoardVisit>;

export const ZDispatchBoard = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  day: z.string(),
  timeZone: z.string(),
  technicians: z.array(ZBoardTechnician),
  visits: z.array(ZBoardVisit),
  rounds: z.array(ZRound),
  unplanned: z.array(z.string()),
  figures: ZDayFigures,
});
export type DispatchBoard = z.infer<typeof ZDispatchBoard>;

const ZVisitMove = z.object({
  visitId: z.string(),
  label: z.string(),
  fromTechnicianId: z.string().nullable(),
  toTechnicianId: z.string().nullable(),
  fromStart: z.string().nullable(),
  toStart: z.string().nullable(),
});

const PLAN_STATUSES = ["proposed", "applied"] as const;

export const ZDispatchPlan = z.object({
  id: z.string(),
  nodeId: z.string(),
  day: z.string(),
  status: z.enum(PLAN_STATUSES),
  absent: z.array(z.string()),
  before: ZDayFigures,
  after: ZDayFigures,
  rounds: z.array(ZRound),
  unplanned: z.array(z.string()),
  moved: z.array(ZVisitMove),
  createdAt: z.string(),
  appliedAt: z.string().nullable(),
});
export type DispatchPlan = z.infer<typeof ZDispatchPlan>;

const MOVE_WARNINGS = [
  "skill_mismatch",
  "window_missed",
  "sla_breach",
  "overtime",
  "beyond_overtime",
] as const;

const ZMoveWarning = z.object({
  code: z.enum(MOVE_WARNINGS),
  visitId: z.string().optional(),
  label: z.string().optional(),
  technicianId: z.string().optional(),
  name: z.string().optional(),
  minutes: z.number().optional(),
  missing: z.array(z.string()).optional(),
});
export type MoveWarning = z.infer<typeof ZMoveWarning>;

export const ZMoveAnswer = z.object({
  warnings: z.array(ZMoveWarning),
  round: ZRound,
  applied: z.boolean(),
});
export type MoveAnswer = z.infer<typeof ZMoveAnswer>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "request.invalid_date");
const id = z.string().min(1).max(100);

export const ZBoardQuery = z.object({ nodeId: id, day });

export const ZCreatePlan = z
  .object({
    nodeId: id,
    day,
    /** technicians off (sick) for the rest of the day: their visits go to others */
    absent: z.array(id).max(100).default([]),
    /** visits still waiting for a booking to fit into the day (a new urgent job) */
    urgentVisitIds: z.array(id).max(50).default([]),
    /** the search's time budget (the board uses a few seconds) */
    seconds: z.number().min(0.05).max(10).default(3),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(1),
  })
  .strict();
export type CreatePlanBody = z.input<typeof ZCreatePlan>;

export const ZMoveVisit = z
  .object({
    nodeId: id,
    day,
    visitId: id,
    technicianId: id,
    /** place in the technician's round (0 = first); default: the cheapest place */
    position: z.number().int().min(0).max(200).optional(),
    /** false: only the live answer; true: apply it */
    apply: z.boolean().default(false),
    /** applying a move with warnings needs the planner's confirmation */
    acceptWarnings: z.boolean().default(false),
  })
  .strict();
export type MoveVisitBody = z.input<typeof ZMoveVisit>;
